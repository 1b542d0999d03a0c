/**
 * Reads {@code content/} into the model. In: the content folder (YAML via Jackson, every file
 * through {@code TextFiles}: UTF-8, size limit); out: a {@code ContentLoader.Result}, the
 * {@code model.Content} (framework and schools) and the {@code model.Problem}s found on the way. Every
 * name a school uses is checked against the framework here, where the YAML lines and columns are
 * known, with a Dutch "bedoelt u …?" suggestion. {@code ContentHistory} reads, with JGit, the history
 * of a content folder that is its own git repository.
 */
package nl.vplan.load;
