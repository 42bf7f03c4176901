package org.rabta.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.beans.PropertyDescriptor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.rabta.support.MessageBundles;
import org.springframework.beans.BeanUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link CaseField} is the one list of a case's fields: the form, the entity's parts, the API's JSON and the messages
 * must each have every field on it and nothing beside it, and a value must come back unchanged from each way a case
 * is written and read. A field added to one of them and not to the list (or the other way round) fails here.
 */
class CaseFieldTest {

    private static final List<Class<?>> PARTS = List.of(Person.class, Route.class, Exploitation.class, Consent.class);

    @Test
    void theFormHasAPropertyForEveryFieldAndNoOther() {
        Set<String> properties = Arrays.stream(BeanUtils.getPropertyDescriptors(CaseForm.class))
                .filter(property -> property.getReadMethod() != null && property.getWriteMethod() != null)
                .map(PropertyDescriptor::getName).collect(Collectors.toSet());

        assertThat(properties).containsExactlyInAnyOrderElementsOf(
                Stream.concat(fields().map(CaseField::property), Stream.of("version")).toList());
    }

    @Test
    void everyColumnOfThePersonRouteExploitationAndConsentIsAFieldAndEveryFieldHasAColumn() {
        Set<String> partColumns = PARTS.stream().flatMap(part -> columns(part).stream()).collect(Collectors.toSet());
        Set<String> caseColumns = new HashSet<>(columns(VictimCase.class));
        caseColumns.addAll(partColumns);

        assertThat(fields().map(CaseField::column).toList()).containsAll(partColumns);
        assertThat(caseColumns).containsAll(fields().map(CaseField::column).toList());
    }

    @Test
    void everyValueComesBackFromTheStoredCaseUnchanged() {
        CaseForm form = sample();
        VictimCase stored = stored(form);

        CaseForm back = CaseForm.of(stored);
        assertSameValues(back, form);
        assertThat(stored.getPerson().getAgeYears()).as("the age at identification is stored").isEqualTo(33);
        assertThat(back.getAgeYears()).as("an edit derives the age from the date of birth").isNull();
    }

    @Test
    void theApiShowsEveryFieldAtItsPathAndReadsBackWhatItShows() {
        CaseForm form = sample();
        JsonNode json = JsonMapper.builder().build().valueToTree(CaseResponse.of(stored(form), "FIA-AHTC-LHR"));

        List<String> paths = new ArrayList<>();
        leaves(json, "", paths);
        paths.removeAll(CaseJsonReader.READ_ONLY);
        assertThat(paths).containsExactlyInAnyOrderElementsOf(fields().map(CaseField::jsonPath).toList());

        CaseForm read = new CaseForm();
        assertThat(CaseJsonReader.read(json, read)).isEmpty();
        assertSameValues(read, form);
        assertThat(read.getAgeYears()).isEqualTo(33);
    }

    @Test
    void everyFieldAndImportColumnIsNamedInTheMessages() {
        Properties messages = MessageBundles.load("messages.properties");
        assertThat(fields().map(CaseField::messageKey).filter(key -> !messages.containsKey(key)).toList()).isEmpty();
        assertThat(ImportColumn.all().stream().map(column -> "cases.import.column." + column.header())
                .filter(key -> !messages.containsKey(key)).toList()).isEmpty();
    }

    @Test
    void theSampleBreaksNoRuleSoTheRoundTripsAboveSaveIt() {
        CaseForm form = sample();
        form.normalise();
        assertThat(CaseValidator.validate(form, LocalDate.of(2026, 1, 1), code -> true)).isEmpty();
    }

    /** A value for each field, none of them the field's empty value, so that a field nobody copies shows. */
    private static CaseForm sample() {
        CaseForm form = new CaseForm();
        for (CaseField field : CaseField.values()) {
            FieldKind kind = field.kind();
            Object value = switch (kind.name()) {
                case TEXT -> "Value of " + field.property();
                case DISTRICT -> "PK6" + field.ordinal();
                case COUNTRY -> "AF";
                case CNIC -> "35202-1234567-1";
                case PASSPORT -> "AB1234567";
                case PHONE -> "+923001234567";
                case DATE -> LocalDate.of(2023, 1, 2);
                case INTEGER -> 33;
                case CHOICE -> Arrays.stream(kind.choices().getEnumConstants()).filter(choice -> choice != kind.empty())
                        .reduce((first, second) -> second).orElseThrow();
                case CHOICES -> kind.choiceSet(Arrays.asList(kind.choices().getEnumConstants()).subList(0, 2));
                case COUNTRIES -> new ArrayList<>(List.of("AF", "IR"));
            };
            field.set(form, value);
        }
        form.setDateOfBirth(LocalDate.of(1990, 1, 1)); // 33 on the day of identification
        return form;
    }

    private static VictimCase stored(CaseForm form) {
        VictimCase stored = new VictimCase("PB-2023-000001", 1, 1, Instant.parse("2023-01-02T10:00:00Z"), "fia.lahore", "Imran");
        stored.apply(form, "PK6", 33);
        return stored;
    }

    /** The same values, but for the age: a stored case shows the age at identification the date of birth gives. */
    private static void assertSameValues(CaseForm actual, CaseForm expected) {
        Map<String, Object> differences = fields().filter(field -> field != CaseField.AGE_YEARS)
                .filter(field -> !Objects.equals(field.get(actual), field.get(expected)))
                .collect(Collectors.toMap(CaseField::property, field -> field.get(actual) + " instead of " + field.get(expected)));
        assertThat(differences).isEmpty();
    }

    private static Stream<CaseField> fields() {
        return Arrays.stream(CaseField.values());
    }

    private static List<String> columns(Class<?> type) {
        List<String> columns = new ArrayList<>();
        for (Field field : type.getDeclaredFields()) {
            Column column = field.getAnnotation(Column.class);
            if (Modifier.isStatic(field.getModifiers()) || PARTS.contains(field.getType())) {
                continue;
            }
            if (field.getType().isAnnotationPresent(Embeddable.class)) { // within a part, as the person's Identity
                columns.addAll(columns(field.getType()));
            } else {
                columns.add(column != null && !column.name().isEmpty() ? column.name() : field.getName());
            }
        }
        return columns;
    }

    private static void leaves(JsonNode node, String path, List<String> paths) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                leaves(property.getValue(), path.isEmpty() ? property.getKey() : path + "." + property.getKey(), paths);
            }
        } else {
            paths.add(path);
        }
    }
}
