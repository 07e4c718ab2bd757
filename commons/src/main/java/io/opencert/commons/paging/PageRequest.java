package io.opencert.commons.paging;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * {@code ?page=0&size=20}; size has a hard maximum so no list can be dumped whole, and page one so that the offset of
 * its first item, page times size, stays a number the database query can hold. Both are read as text and checked
 * here, so that any value out of range, however large, is refused with 400 rather than failing to convert.
 */
public class PageRequest {
    public static final int MAX_SIZE = 100;
    public static final int MAX_PAGE = 9_999_999;
    public static final String PAGE_PATTERN = "\\d{1,7}";
    public static final String PAGE_MESSAGE = "must be a whole number from 0 to " + MAX_PAGE;

    @QueryParam("page")
    @DefaultValue("0")
    @Pattern(regexp = PAGE_PATTERN, message = PAGE_MESSAGE)
    @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "" + MAX_PAGE, defaultValue = "0"))
    String page;

    @QueryParam("size")
    @DefaultValue("20")
    @Pattern(regexp = "[1-9]\\d?|100", message = "must be a whole number from 1 to " + MAX_SIZE)
    @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "" + MAX_SIZE, defaultValue = "20"))
    String size;

    public static PageRequest of(int page, int size) {
        PageRequest request = new PageRequest();
        request.page = Integer.toString(page);
        request.size = Integer.toString(size);
        return request;
    }

    /** The number of the page, from 0; only once the request has been validated. */
    public int page() {
        return Integer.parseInt(page);
    }

    public int size() {
        return Integer.parseInt(size);
    }
}
