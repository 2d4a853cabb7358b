package com.clinicchain.kit.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One page of a query and how many rows there are in all: the count / limit / offset sequence of every list, written
 * once. The rows' query must order by something unique (ending in an id), so that pages neither repeat nor skip a
 * row; the count is skipped when the page itself shows where the rows end.
 */
public final class Pages {

    private Pages() {
    }

    /**
     * @param rows   the rows' query without limit and offset, e.g. {@code select * from clinic where chain_id = ?
     *               order by clinic_id}
     * @param count  the count of the same rows, e.g. {@code select count(*) from clinic where chain_id = ?}
     * @param params the parameters both share, in order
     */
    public static <T> PageResponse<T> of(JdbcClient jdbc, PageRequest page, String rows, String count,
                                         List<?> params, RowMapper<T> mapper) {
        return PageResponse.of(page, fetch(jdbc, page, rows, params).query(mapper).list(),
                () -> jdbc.sql(count).params(params).query(Long.class).single());
    }

    /** The same, each row made into {@code type} by its column names (records included). */
    public static <T> PageResponse<T> of(JdbcClient jdbc, PageRequest page, String rows, String count,
                                         List<?> params, Class<T> type) {
        return PageResponse.of(page, fetch(jdbc, page, rows, params).query(type).list(),
                () -> jdbc.sql(count).params(params).query(Long.class).single());
    }

    private static JdbcClient.StatementSpec fetch(JdbcClient jdbc, PageRequest page, String rows, List<?> params) {
        List<Object> all = new ArrayList<>(params);
        all.add(page.size());
        all.add(page.offset());
        return jdbc.sql(rows + " limit ? offset ?").params(all);
    }
}
