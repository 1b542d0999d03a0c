/**
 * A board's own content repository from zero ({@code vplan nieuw}): copies out of the jar either the
 * minimal skeleton ({@code nieuw/skelet/}) or the complete example board ({@code voorbeeld/content/},
 * the repository's {@code content/}), always with the JSON Schemas ({@code schemas/}) and the files
 * around the content ({@code nieuw/rond/}: README, .gitignore, .vscode, the CI files and
 * {@code .ci/publiceren.sh}). The content lies at the root of the new folder, so that folder is the
 * git work tree {@code load/ContentHistory} reads. Uses no other package of vplan; only {@code cli}
 * uses it. Out: the files written, or {@link nl.vplan.start.NewRepository.NotEmpty}.
 */
package nl.vplan.start;
