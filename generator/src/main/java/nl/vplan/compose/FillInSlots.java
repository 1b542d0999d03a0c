package nl.vplan.compose;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vplan.model.Document;
import nl.vplan.model.Framework;
import nl.vplan.model.Klasse;
import nl.vplan.load.TextFiles;
import nl.vplan.model.Part;
import nl.vplan.resolve.PlannedPart;
import nl.vplan.resolve.Resolver;
import nl.vplan.model.School;

/**
 * The school slots on the fill-in page ({@link FillInForm}): each slot's state and the school's text
 * for it, editable only where the edition may show the slot and every part of the text.
 */
public final class FillInSlots {

    private static final Pattern KLASSE_MARKER = Pattern.compile("klasse\\s*=\\s*\"?([a-z]+)");

    /** A school slot: its state, the attached PDF's file name, and its text when this edition may edit it ({@code why} says why not). */
    public record Slot(String id, String title, String status, String file, boolean editable, String text, String why) {
    }

    private final Framework framework;
    private final School school;
    private final Klasse edition;

    FillInSlots(Framework framework, School school, Klasse edition) {
        this.framework = framework;
        this.school = school;
        this.edition = edition;
    }

    List<Slot> slots() {
        List<Slot> slots = new ArrayList<>();
        for (Document document : framework.documents()) {
            for (Part part : document.parts()) {
                if (part instanceof Part.SlotPart s) {
                    slots.add(slot(s));
                }
            }
        }
        return slots;
    }

    private Slot slot(Part.SlotPart slot) {
        PlannedPart.Source source = Resolver.slotSource(slot, school);
        String status = Completeness.SlotStatus.status(source);
        String attachment = school.attachments().get(slot.id());
        String file = attachment == null ? "" : Path.of(attachment).getFileName().toString();
        if (!slot.klasse().within(edition)) {
            return new Slot(slot.id(), slot.titel(), status, file, false, "",
                    "Dit onderdeel staat in " + slot.klasse().edition() + "; pas de tekst daar aan.");
        }
        String text = source instanceof PlannedPart.SchoolAddition addition
                ? TextFiles.read(framework.contentRoot(), addition.file(), new ArrayList<>()).orElse("") : "";
        Optional<Klasse> above = markedAbove(text);
        if (above.isPresent()) {
            return new Slot(slot.id(), slot.titel(), status, file, false, "",
                    "De tekst heeft delen voor " + above.get().edition() + "; pas hem daar aan.");
        }
        return new Slot(slot.id(), slot.titel(), status, file, true, text, "");
    }

    /**
     * The highest class marked in a text ({@code [klasse=…]}) above the edition, if any. Looser on
     * purpose than {@code load/SourceLine}'s reading: any mention counts, so a text is never offered
     * for editing where part of it might not belong.
     */
    private Optional<Klasse> markedAbove(String text) {
        Matcher m = KLASSE_MARKER.matcher(text);
        Optional<Klasse> highest = Optional.empty();
        while (m.find()) {
            Optional<Klasse> k = Klasse.parse(m.group(1));
            if (k.isEmpty() || !k.get().within(edition)) {
                // an unknown class is treated as the highest: never shown where it might not belong
                Klasse found = k.orElse(Klasse.VERTROUWELIJK);
                if (highest.isEmpty() || found.ordinal() > highest.get().ordinal()) {
                    highest = Optional.of(found);
                }
            }
        }
        return highest;
    }
}
