package nl.vplan.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --port N}: a TCP port, 0 to 65535 (0 lets the system pick a free one); anything else is a usage error (exit 2). */
final class PortConverter implements ITypeConverter<Integer> {

    @Override
    public Integer convert(String value) {
        int port;
        try {
            port = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' is geen poortnummer; geef een getal van 0 tot en met 65535");
        }
        if (port < 0 || port > 65535) {
            throw new TypeConversionException("poort " + port + " bestaat niet; geef een getal van 0 tot en met 65535");
        }
        return port;
    }
}
