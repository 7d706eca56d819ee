package io.demarc.service.rest;

import java.util.List;

/** One page of a list: the items, where it starts, and how many there are in all. */
public record Page<T>(List<T> items, int page, int size, long total, long totalPages) {

    public static <T> Page<T> of(List<T> items, PageRequest request, long total) {
        return new Page<>(items, request.page, request.size, total, (total + request.size - 1) / request.size);
    }
}
