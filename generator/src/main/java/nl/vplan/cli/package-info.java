/**
 * The command line ({@code vplan build | check | serve | invulsheet | nieuw}, picocli): reads the options, with Dutch
 * usage messages (exit status 2 for wrong usage), into a {@code pipeline.BuildRequest} (or {@code CheckRequest}) and hands it to
 * {@code pipeline.Pipeline}, or starts {@code serve.PreviewServer}, or reads and writes the board's spreadsheet with {@code fill},
 * or writes a new board's folder with {@code start}. Out: the exit status (0, 1, 2) and what the run printed; no stage logic
 * lives here. Every command's help is Dutch through the {@code DutchHelp} mixin (the pattern for a new command is in its comment).
 */
package nl.vplan.cli;
