#pragma once

/**
 * What a failed load does to the data a page already shows (issue 24 item 3). A load the user asked for (F5, Retry,
 * the first load) shows its failure in the data's place, as before. A load made on the user's behalf, such as the
 * refresh when switching back to an account opened earlier, keeps the data on screen and only says that it failed:
 * the data was right when it was loaded, and an error page would take away what the user came back to see.
 */
namespace RefreshRule {

enum class Mode {
    Asked, ///< the user asked for it, or there is nothing to show yet
    Background, ///< made on the user's behalf while data is shown; no loading state, quiet failure
};

/** The mode a refresh made on the user's behalf gets: background only when the page has data to keep. */
constexpr Mode backgroundMode(bool dataShown)
{
    return dataShown ? Mode::Background : Mode::Asked;
}

/** True when a load in @p mode that failed keeps the data shown (and says so) rather than showing the error. */
constexpr bool keepsDataOnFailure(Mode mode)
{
    return mode == Mode::Background;
}

/** True when a load in @p mode replaces the data shown by a loading state while it runs. */
constexpr bool showsLoadingState(Mode mode)
{
    return mode != Mode::Background;
}

} // namespace RefreshRule
