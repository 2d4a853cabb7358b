package com.clinicchain.inventory.product;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The catalogue. It is the same for every chain, so it is the one table not scoped by chain. */
@Repository
public class Products {

    private final JdbcClient jdbc;

    Products(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Product> find(UUID id) {
        return jdbc.sql("select * from product where id = ?").param(id).query(Product.class).optional();
    }

    List<Product> all() {
        return jdbc.sql("select * from product order by brand, units_per_vial, id").query(Product.class).list();
    }
}
