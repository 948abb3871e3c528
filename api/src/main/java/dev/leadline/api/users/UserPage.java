package dev.leadline.api.users;

import java.util.List;

/** A page of users by id; {@code nextCursor} is null on the last page. */
public record UserPage(List<UserView> items, String nextCursor) {
}
