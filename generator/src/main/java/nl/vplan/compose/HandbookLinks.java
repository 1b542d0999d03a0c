package nl.vplan.compose;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a link between pages goes in a printed handbook: {@code pestprotocol.html#x} to {@code #x},
 * or to the part's start ({@code #deel-pestprotocol}) when the handbook has no {@code x}; a protocol
 * card page to its part. A link to anything the handbook does not hold has no target: it prints as
 * its words.
 *
 * @param partIds the parts in the handbook
 * @param ids     the element ids in their text
 */
record HandbookLinks(Set<String> partIds, Set<String> ids) {

    private static final Pattern PAGE = Pattern.compile("([a-z0-9][a-z0-9-]*?)(-kaart)?\\.html(?:#(.*))?");

    /** The link's target inside the handbook, if it has one; {@code href} as it stands in the HTML. */
    Optional<String> target(String href) {
        Matcher page = PAGE.matcher(href);
        if (!page.matches() || !partIds.contains(page.group(1))) {
            return Optional.empty();
        }
        String fragment = page.group(3);
        boolean anchored = page.group(2) == null && fragment != null && ids.contains(fragment);
        return Optional.of(anchored ? "#" + fragment : "#deel-" + page.group(1));
    }
}
