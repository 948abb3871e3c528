package dev.leadline.api.savedviews;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * A new saved view. {@code filters} is the dashboard's own (the contacts page's address
 * parameters): an object of at most 30 parameters, each a text, number, boolean or list
 * of texts.
 */
record SavedViewRequest(@NotBlank @Size(max = SavedViews.MAX_NAME) String name,
		@NotNull @Size(max = SavedViews.MAX_FILTERS) Map<String, Object> filters,
		@Schema(example = "name") @NotNull @Pattern(regexp = SavedViews.SORTS,
				message = "must be one of the contacts list's orders") String sort,
		@NotNull @Size(max = SavedViews.MAX_COLUMNS) List<@NotBlank @Size(max = 200) String> columns) {
}
