package dev.sitrep.ui.board;

/// What the board remembers between sessions: its filters. The application backs it with the operator's
/// settings; tests keep it in memory.
public interface BoardPreferences {

    BoardFilter boardFilter();

    void rememberBoardFilter(BoardFilter filter);

    /// Remembers nothing: for a board whose filters need not outlive it.
    BoardPreferences NONE = new BoardPreferences() {
        @Override
        public BoardFilter boardFilter() {
            return BoardFilter.NONE;
        }

        @Override
        public void rememberBoardFilter(BoardFilter filter) {
        }
    };
}
