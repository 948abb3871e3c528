package dev.leadline.api.savedviews;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * A rename, an overwrite with the page as it is now, or both; absent fields stay as they
 * are.
 */
record SavedViewPatch(
		@Pattern(regexp = "(?s).*\\S.*",
				message = "must not be blank") @Size(min = 1, max = SavedViews.MAX_NAME) String name,
		@Size(max = SavedViews.MAX_FILTERS) Map<String, Object> filters,
		@Schema(example = "name") @Pattern(regexp = SavedViews.SORTS,
				message = "must be one of the contacts list's orders") String sort,
		@Size(max = SavedViews.MAX_COLUMNS) List<@NotBlank @Size(max = 200) String> columns) {
}
