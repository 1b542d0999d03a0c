package nl.vplan.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vplan.model.Ids;
import nl.vplan.model.Problem;
import nl.vplan.model.SchoolHolidays;
import nl.vplan.model.SchoolHolidays.Period;
import nl.vplan.model.SourceRef;

/**
 * Reads {@code vakanties.yml} (optional): per school year ({@code "2026-2027"}) each holiday with
 * {@code van} and {@code tot} for all regions, or per region ({@code noord}, {@code midden}, {@code zuid}).
 */
final class HolidayLoader {

    private static final Pattern SCHOOL_YEAR = Pattern.compile("(\\d{4})-(\\d{4})");
    private static final Set<String> PERIOD_KEYS = Set.of("van", "tot");

    private HolidayLoader() {
    }

    static SchoolHolidays load(Path root, List<Problem> problems) {
        Path file = root.resolve("vakanties.yml");
        if (!Files.isRegularFile(file)) {
            return SchoolHolidays.none(SourceRef.of(root));
        }
        return YamlFile.read(root, file, problems).map(y -> holidays(new YamlReader(y, problems), file))
                .orElse(SchoolHolidays.none(SourceRef.of(file)));
    }

    private static SchoolHolidays holidays(YamlReader yaml, Path file) {
        JsonNode top = yaml.root();
        Map<Integer, Map<String, List<Period>>> years = new LinkedHashMap<>();
        if (!yaml.isMapping(top, "", "vakanties.yml")) {
            return new SchoolHolidays(years, SourceRef.of(file));
        }
        yaml.onlyKeys(top, "", Set.of("schooljaren"), "vakanties.yml");
        JsonNode list = top.get("schooljaren");
        if (list == null || !yaml.isMapping(list, "/schooljaren", "'schooljaren'")) {
            return new SchoolHolidays(years, SourceRef.of(file));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = list.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> year = it.next();
            String pointer = "/schooljaren" + YamlFile.key(year.getKey());
            Matcher m = SCHOOL_YEAR.matcher(year.getKey());
            if (!m.matches() || Integer.parseInt(m.group(2)) != Integer.parseInt(m.group(1)) + 1) {
                yaml.error(pointer, "een schooljaar heet als 2026-2027, niet '" + year.getKey() + "'");
                continue;
            }
            int start = Integer.parseInt(m.group(1));
            if (!yaml.isMapping(year.getValue(), pointer, "schooljaar " + year.getKey())) {
                continue;
            }
            Map<String, List<Period>> regions = new LinkedHashMap<>();
            SchoolHolidays.REGIONS.forEach(r -> regions.put(r, new ArrayList<>()));
            for (Iterator<Map.Entry<String, JsonNode>> h = year.getValue().fields(); h.hasNext(); ) {
                Map.Entry<String, JsonNode> holiday = h.next();
                String at = pointer + YamlFile.key(holiday.getKey());
                JsonNode node = holiday.getValue();
                if (!yaml.isMapping(node, at, "vakantie '" + holiday.getKey() + "'")) {
                    continue;
                }
                if (node.has("van") || node.has("tot")) {
                    period(yaml, node, at, holiday.getKey()).ifPresent(p -> regions.values().forEach(l -> l.add(p)));
                    continue;
                }
                for (Iterator<Map.Entry<String, JsonNode>> r = node.fields(); r.hasNext(); ) {
                    Map.Entry<String, JsonNode> region = r.next();
                    String regionAt = at + YamlFile.key(region.getKey());
                    if (!SchoolHolidays.REGIONS.contains(region.getKey())) {
                        yaml.error(regionAt, "onbekende regio '" + region.getKey() + "'; kies uit "
                                + String.join(", ", SchoolHolidays.REGIONS) + Ids.suggestion(region.getKey(), SchoolHolidays.REGIONS));
                    } else if (yaml.isMapping(region.getValue(), regionAt, "vakantie '" + holiday.getKey() + "'")) {
                        period(yaml, region.getValue(), regionAt, holiday.getKey()).ifPresent(p -> regions.get(region.getKey()).add(p));
                    }
                }
            }
            regions.values().forEach(l -> l.sort(Comparator.comparing(Period::van)));
            regions.replaceAll((r, l) -> List.copyOf(l));
            years.put(start, Map.copyOf(regions));
        }
        return new SchoolHolidays(Map.copyOf(years), SourceRef.of(file));
    }

    private static java.util.Optional<Period> period(YamlReader yaml, JsonNode node, String pointer, String name) {
        yaml.onlyKeys(node, pointer, PERIOD_KEYS, "vakantie '" + name + "'");
        LocalDate van = date(yaml, node, pointer, "van", name);
        LocalDate tot = date(yaml, node, pointer, "tot", name);
        if (van == null || tot == null) {
            return java.util.Optional.empty();
        }
        if (tot.isBefore(van)) {
            yaml.error(pointer + "/tot", "vakantie '" + name + "' eindigt (" + tot + ") voor ze begint (" + van + ")");
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Period(name, van, tot));
    }

    private static LocalDate date(YamlReader yaml, JsonNode node, String pointer, String key, String name) {
        String text = yaml.requiredText(node, pointer, key, "vakantie '" + name + "'").orElse("");
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            yaml.error(pointer + "/" + key, "'" + key + "' moet een datum zijn als 2026-10-17, niet '" + text + "'");
            return null;
        }
    }
}
