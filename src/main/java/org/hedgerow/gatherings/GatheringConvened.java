package org.hedgerow.gatherings;

import java.util.List;

/** A gathering was convened and its groups invited (published after commit; ids only). */
public record GatheringConvened(String gatheringId, String localityCode, List<String> invitedGroupIds) {
}
