-- Lot numbers compare trimmed and case-insensitively: they are kept in that one form (see LotNumber), so that plain
-- equality, and the index on injection.lot_number, find a lot whichever way a delivery note or an admin wrote it.
update known_vial set lot_number = upper(btrim(lot_number, E' \t\r\n'))
where lot_number <> upper(btrim(lot_number, E' \t\r\n'));
update injection set lot_number = upper(btrim(lot_number, E' \t\r\n'))
where lot_number <> upper(btrim(lot_number, E' \t\r\n'));
update adverse_event set lot_numbers = regexp_replace(upper(btrim(lot_numbers, E' \t\r\n')), '\s*,\s*', ',', 'g')
where lot_numbers <> regexp_replace(upper(btrim(lot_numbers, E' \t\r\n')), '\s*,\s*', ',', 'g');
