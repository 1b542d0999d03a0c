/**
 * The command line ({@code vplan build | check | serve | invulsheet | nieuw}, picocli): reads the options, with Dutch
 * usage messages (exit status 2 for wrong usage), into a {@code pipeline.BuildRequest} and hands it to
 * {@code pipeline.Pipeline}, or starts {@code serve.PreviewServer}, or reads and writes the board's spreadsheet with {@code fill}, or writes a new board's folder with {@code start}. Out: the exit status (0, 1, 2) and
 * what the run printed; no stage logic lives here.
 */
package nl.vplan.cli;
