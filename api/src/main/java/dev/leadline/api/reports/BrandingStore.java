package dev.leadline.api.reports;

import static dev.leadline.db.jooq.Tables.TENANT_BRANDING;

import dev.leadline.db.jooq.tables.records.TenantBrandingRecord;
import java.util.Base64;
import java.util.Locale;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** Reads and changes the tenant's branding (its name, logo and colour on dossiers). */
@Component
class BrandingStore {

	static final String DEFAULT_COLOUR = "#1F4E79";

	private static final int MAX_LOGO = 262_144;

	private final DSLContext dsl;

	BrandingStore(DSLContext dsl) {
		this.dsl = dsl;
	}

	BrandingView get(long tenantId) {
		TenantBrandingRecord row = this.dsl.selectFrom(TENANT_BRANDING)
			.where(TENANT_BRANDING.TENANT_ID.eq(tenantId))
			.fetchOne();
		if (row == null) {
			return new BrandingView(null, DEFAULT_COLOUR, null, null);
		}
		return new BrandingView(row.getDisplayName(), row.getColour(),
				(row.getLogo() == null) ? null : Base64.getEncoder().encodeToString(row.getLogo()),
				row.getLogoMediaType());
	}

	/**
	 * @throws InvalidBrandingException for a logo that is not base64, too large, or not
	 * the image its media type says
	 */
	BrandingView put(long tenantId, BrandingView branding) {
		byte[] logo = logo(branding);
		String colour = (branding.colour() == null) ? DEFAULT_COLOUR : branding.colour().toUpperCase(Locale.ROOT);
		this.dsl.insertInto(TENANT_BRANDING)
			.set(TENANT_BRANDING.TENANT_ID, tenantId)
			.set(TENANT_BRANDING.DISPLAY_NAME, branding.displayName())
			.set(TENANT_BRANDING.COLOUR, colour)
			.set(TENANT_BRANDING.LOGO, logo)
			.set(TENANT_BRANDING.LOGO_MEDIA_TYPE, (logo == null) ? null : branding.logoMediaType())
			.onConflict(TENANT_BRANDING.TENANT_ID)
			.doUpdate()
			.set(TENANT_BRANDING.DISPLAY_NAME, branding.displayName())
			.set(TENANT_BRANDING.COLOUR, colour)
			.set(TENANT_BRANDING.LOGO, logo)
			.set(TENANT_BRANDING.LOGO_MEDIA_TYPE, (logo == null) ? null : branding.logoMediaType())
			.execute();
		return get(tenantId);
	}

	private static byte[] logo(BrandingView branding) {
		if (branding.logo() == null) {
			return null;
		}
		byte[] logo;
		try {
			logo = Base64.getDecoder().decode(branding.logo());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidBrandingException("logo", "The logo must be base64.");
		}
		if (logo.length == 0 || logo.length > MAX_LOGO) {
			throw new InvalidBrandingException("logo", "The logo must be between 1 byte and 256 KB.");
		}
		boolean png = logo.length > 8 && (logo[0] & 0xFF) == 0x89 && logo[1] == 'P' && logo[2] == 'N' && logo[3] == 'G';
		boolean jpeg = logo.length > 3 && (logo[0] & 0xFF) == 0xFF && (logo[1] & 0xFF) == 0xD8;
		if (!("image/png".equals(branding.logoMediaType()) && png)
				&& !("image/jpeg".equals(branding.logoMediaType()) && jpeg)) {
			throw new InvalidBrandingException("logoMediaType",
					"The logo must be a PNG (image/png) or JPEG (image/jpeg) image, as logoMediaType says.");
		}
		return logo;
	}

}
