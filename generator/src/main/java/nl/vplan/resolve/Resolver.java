package nl.vplan.resolve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.vplan.model.Choice;
import nl.vplan.model.Document;
import nl.vplan.model.Framework;
import nl.vplan.model.Klasse;
import nl.vplan.model.Part;
import nl.vplan.model.PartKind;
import nl.vplan.model.School;

/**
 * The resolve stage: applies a school's switches and choices and the edition to the framework.
 * Decides which parts are on (and in the edition), numbers chapters and appendices (a document with
 * {@code nummering: geen} only its appendices), picks each slot's source and sets the attributes
 * ({@code keuze-<choice>-<option>}, {@code keuze-<choice>}, {@code onderdeel-<part>}) the AsciiDoc
 * conditions read.
 */
public final class Resolver {

    private Resolver() {
    }

    /** The attribute naming the edition being built; read by {@code ClassifiedBlocks}. */
    public static final String EDITION_ATTRIBUTE = "vplan-editie";

    public static SchoolPlan resolve(Framework framework, School school, Klasse edition) {
        Map<String, String> attributes = new TreeMap<>();
        attributes.put(EDITION_ATTRIBUTE, edition.id());
        attributes.put("editie-" + edition.id(), "");
        for (Choice choice : framework.choices().values()) {
            String option = school.answer(choice);
            attributes.put(choice.attributeFor(option), "");
            attributes.put("keuze-" + choice.id(), option);
        }
        List<DocumentPlan> documents = new ArrayList<>();
        for (Document document : framework.documents()) {
            List<PlannedPart> parts = new ArrayList<>();
            List<DocumentPlan.Withheld> withheld = new ArrayList<>();
            parts(document, school, edition, parts, withheld);
            parts.forEach(p -> attributes.put("onderdeel-" + p.id(), ""));
            documents.add(new DocumentPlan(document, List.copyOf(parts), List.copyOf(withheld)));
        }
        return new SchoolPlan(framework, school, edition, Map.copyOf(attributes), List.copyOf(documents));
    }

    /**
     * The parts that are on, numbered; a part above the edition keeps its number, so "Bijlage 7" is
     * the same appendix in every edition, and is noted in {@code withheld} instead.
     */
    private static void parts(Document document, School school, Klasse edition, List<PlannedPart> parts,
                              List<DocumentPlan.Withheld> withheld) {
        int chapter = 0;
        int appendix = 0;
        for (Part part : document.parts()) {
            if (!isOn(part, school)) {
                continue;
            }
            String number;
            if (part.kind() == PartKind.BIJLAGE) {
                number = "Bijlage " + (++appendix);
            } else if (document.nummering() == Document.Nummering.GEEN
                    || part instanceof Part.FilePart f && !f.numbered()) {
                number = "";
            } else {
                number = String.valueOf(++chapter);
            }
            if (!part.klasse().within(edition)) {
                withheld.add(new DocumentPlan.Withheld(number, part.kind(), part.klasse(), parts.size()));
                continue;
            }
            if (part instanceof Part.FilePart f) {
                parts.add(new PlannedPart(f.id(), "", f.kind(), number, new PlannedPart.FrameworkFile(f.file())));
            } else if (part instanceof Part.SlotPart s) {
                parts.add(new PlannedPart(s.id(), s.titel(), s.kind(), number, slotSource(s, school)));
            }
        }
    }

    private static boolean isOn(Part part, School school) {
        if (part instanceof Part.FilePart f && f.optional()) {
            return school.optionalPartOn(f.id());
        }
        return true;
    }

    /** Where a school slot's text comes from: the school's own AsciiDoc text first, else its PDF, else it is open. */
    public static PlannedPart.Source slotSource(Part.SlotPart slot, School school) {
        Path addition = school.dir().resolve("aanvullingen").resolve(slot.id() + ".adoc");
        if (Files.isRegularFile(addition)) {
            return new PlannedPart.SchoolAddition(addition);
        }
        String attachment = school.attachments().get(slot.id());
        if (attachment != null) {
            return new PlannedPart.SchoolAttachment(school.dir().resolve(attachment).normalize());
        }
        return new PlannedPart.OpenSlot();
    }
}
