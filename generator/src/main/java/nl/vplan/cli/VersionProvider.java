package nl.vplan.cli;

import picocli.CommandLine;

/** Reports the version from the jar's manifest. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Vplan.class.getPackage().getImplementationVersion();
        return new String[] {"vplan " + (version == null ? "(ontwikkelversie)" : version)};
    }
}
