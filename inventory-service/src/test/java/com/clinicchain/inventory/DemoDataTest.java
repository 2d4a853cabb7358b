package com.clinicchain.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import com.clinicchain.testsupport.Infrastructure;

import tools.jackson.databind.json.JsonMapper;

/**
 * The demo profile's migrations apply on a real PostgreSQL, leave stock that matches the vials and announce the
 * vials to the treatment service as LotReceived events.
 */
class DemoDataTest {

    @Test
    void demoLotsMatchTheirStockAndAreAnnounced() {
        Infrastructure infrastructure = Infrastructure.get();
        var dataSource = new DriverManagerDataSource(infrastructure.jdbcUrl("inventory_service_demo"),
                infrastructure.dbUsername(), infrastructure.dbPassword());
        Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/kit", "classpath:db/demo").load().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);

        List<Map<String, Object>> stock = jdbc.sql("""
                select s.clinic_id, s.on_hand_units, s.reserved_units,
                       (select sum(units_remaining) from vial v where v.chain_id = s.chain_id
                          and v.clinic_id = s.clinic_id and v.product_id = s.product_id) as in_vials,
                       (select count(*) from vial v where v.clinic_id = s.clinic_id and v.status = 'SEALED') as sealed
                from stock s where s.chain_id = 'demo-chain' order by s.clinic_id""").query().listOfRows();

        assertThat(stock).hasSize(2);
        for (Map<String, Object> row : stock) {
            assertThat(((Number) row.get("on_hand_units")).intValue()).isEqualTo(1000);
            assertThat(((Number) row.get("in_vials")).intValue()).isEqualTo(1000);
            assertThat(((Number) row.get("sealed")).intValue()).isEqualTo(10);
        }
        assertThat(stock).extracting(row -> row.get("clinic_id")).containsExactly("clinic-north", "clinic-south");
        List<String> announced = jdbc.sql("select envelope from outbox_event where event_type = 'LotReceived'")
                .query(String.class).list();
        assertThat(announced).hasSize(2).allSatisfy(envelope -> {
            var event = JsonMapper.builder().build().readTree(envelope);
            assertThat(event.get("chainId").asString()).isEqualTo("demo-chain");
            assertThat(event.get("payload").get("vialIds")).hasSize(10);
            assertThat(event.get("payload").get("expiryDate").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
        });
    }
}
