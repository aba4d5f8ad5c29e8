package news.reliability.api.rest;

import news.reliability.api.error.ApiException;

/** Parsing and checking of paging query parameters, with errors that name the parameter. */
final class QueryParams {

    /** Largest page a listing returns. */
    static final int MAX_PAGE_SIZE = 200;

    private QueryParams() {
    }

    static int integer(String value, String field) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(field + " must be a whole number, got \"" + value + "\"", field);
        }
    }

    static void checkPage(int page, int size) {
        if (page < 0) {
            throw ApiException.badRequest("page must be 0 or more", "page");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw ApiException.badRequest("size must be between 1 and " + MAX_PAGE_SIZE, "size");
        }
    }
}
