package news.reliability.api.dto;

import java.util.List;

/**
 * One page of a listing.
 *
 * @param items the page's items
 * @param page  page number, from 0
 * @param size  page size asked for
 * @param total number of items in all pages
 */
public record Page<T>(List<T> items, int page, int size, long total) {
}
