package dev.sitrep.ui.board;

import dev.sitrep.domain.Priority;
import dev.sitrep.domain.Text;

import java.util.UUID;

/// What the board is filtered by; every part may be empty (`null`, blank or `false`) for "any".
///
/// @param mine only the signed-in operator's tasks
public record BoardFilter(UUID engineer, UUID customer, UUID site, Priority priority, String text, boolean mine) {

    public static final BoardFilter NONE = new BoardFilter(null, null, null, null, "", false);

    public BoardFilter {
        text = Text.orEmpty(text);
    }
}
