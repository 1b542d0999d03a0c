package nl.vplan.cli;

import nl.vplan.model.Klasse;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --edition openbaar|intern|vertrouwelijk} as a {@link Klasse}; anything else is a usage error (exit 2). */
final class EditionConverter implements ITypeConverter<Klasse> {

    @Override
    public Klasse convert(String value) {
        return Klasse.parse(value).orElseThrow(() -> new TypeConversionException(
                "onbekende editie '" + value + "'; kies openbaar, intern of vertrouwelijk"));
    }
}
