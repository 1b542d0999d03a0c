package nl.vplan.compose;

import java.util.ArrayList;
import java.util.List;
import nl.vplan.convert.ConvertedDocument;
import nl.vplan.convert.ConvertedPart;
import nl.vplan.convert.ConvertedPlan;
import nl.vplan.resolve.FieldView;
import nl.vplan.resolve.PlannedPart;

/**
 * The "In nood" block at the top of every page of a school's site ({@code nood.ftlh}): 112, the BHV
 * coordinator and the director with their numbers as {@code tel:} links, and the evacuation plan.
 * Only what this edition shows and the school has filled in: a field above the edition or still open
 * is left out, so the block never holds a blank or a note in an emergency.
 *
 * @param contacts      the people to call, in order
 * @param evacuation    the evacuation plan: href relative to the school's folder (the school's PDF
 *                      itself when it attached one), "" when the plan is not in this edition
 * @param evacuationPdf whether {@code evacuation} is the school's PDF
 * @param evacuationOpen whether the school has not supplied its evacuation plan yet
 */
public record EmergencyBlock(List<Contact> contacts, String evacuation, boolean evacuationPdf, boolean evacuationOpen) {

    /** The slot of the framework that holds a school's evacuation plan. */
    static final String EVACUATION_PART = "ontruimingsplan";

    /** Who to call, in this order: role, name field, telephone field (velden.yml of the board). */
    private static final List<List<String>> ROLES = List.of(
            List.of("BHV-coördinator", "bhv.coordinator", "bhv.telefoon"),
            List.of("Directeur", "directeur.naam", "directeur.telefoon"));

    /** A person to call; either HTML may be "" (not filled in, or not in this edition). */
    public record Contact(String role, String nameHtml, String phoneHtml) {
    }

    static EmergencyBlock of(ConvertedPlan converted) {
        FieldView fields = converted.plan().fields();
        List<Contact> contacts = new ArrayList<>();
        for (List<String> role : ROLES) {
            String name = filled(fields, role.get(1));
            String phone = filled(fields, role.get(2));
            if (!name.isEmpty() || !phone.isEmpty()) {
                contacts.add(new Contact(role.get(0), name, phone));
            }
        }
        for (ConvertedDocument document : converted.documents()) {
            for (ConvertedPart part : document.parts()) {
                PlannedPart planned = part.part();
                if (planned.id().equals(EVACUATION_PART)) {
                    String folder = document.plan().document().id() + "/";
                    boolean pdf = planned.source() instanceof PlannedPart.SchoolAttachment;
                    return new EmergencyBlock(List.copyOf(contacts),
                            folder + (pdf ? DocumentPages.attachmentHref(planned) : planned.id() + ".html"), pdf, planned.isOpenSlot());
                }
            }
        }
        return new EmergencyBlock(List.copyOf(contacts), "", false, false);
    }

    /** The field as a link or text when the school filled it in and this edition shows it, else "". */
    private static String filled(FieldView fields, String fieldId) {
        return fields.of(fieldId) instanceof FieldView.Filled ? fields.html(fieldId, null, FieldView.Medium.SCREEN) : "";
    }
}
