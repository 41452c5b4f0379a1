-- Tiaojie schema version 9: the deadlines page without reading every agreement ever signed.
-- See docs/scale.md, "Deadlines".
--
-- obligations.paid_off_on: the day the obligation's payments, taken in date order, first
-- reached its amount; NULL while they have not. Payments settle an obligation's instalments in
-- order of due date (core/agreements/fulfilment.cpp), so on a day D every instalment of an
-- obligation with paid_off_on <= D is paid, and only the others need their schedule read. The
-- triggers below keep it in the transaction of every change to payments or to the amount.
ALTER TABLE obligations ADD COLUMN paid_off_on TEXT;

CREATE VIEW obligation_paid_off AS
SELECT o.id AS obligation_id,
       (SELECT MIN(p.paid_on) FROM payments p
        WHERE p.obligation_id = o.id
          AND (SELECT SUM(q.amount_fen) FROM payments q
               WHERE q.obligation_id = o.id AND q.paid_on <= p.paid_on) >= o.amount_fen)
           AS paid_off_on
FROM obligations o;

UPDATE obligations SET paid_off_on = (SELECT v.paid_off_on FROM obligation_paid_off v
                                      WHERE v.obligation_id = obligations.id)
WHERE EXISTS (SELECT 1 FROM payments p WHERE p.obligation_id = obligations.id);

CREATE TRIGGER obligation_paid_off_insert AFTER INSERT ON payments BEGIN
    UPDATE obligations SET paid_off_on = (SELECT v.paid_off_on FROM obligation_paid_off v
                                          WHERE v.obligation_id = NEW.obligation_id)
    WHERE id = NEW.obligation_id;
END;

CREATE TRIGGER obligation_paid_off_delete AFTER DELETE ON payments BEGIN
    UPDATE obligations SET paid_off_on = (SELECT v.paid_off_on FROM obligation_paid_off v
                                          WHERE v.obligation_id = OLD.obligation_id)
    WHERE id = OLD.obligation_id;
END;

CREATE TRIGGER obligation_paid_off_update
AFTER UPDATE OF obligation_id, paid_on, amount_fen ON payments BEGIN
    UPDATE obligations SET paid_off_on = (SELECT v.paid_off_on FROM obligation_paid_off v
                                          WHERE v.obligation_id = obligations.id)
    WHERE id IN (OLD.obligation_id, NEW.obligation_id);
END;

CREATE TRIGGER obligation_paid_off_amount AFTER UPDATE OF amount_fen ON obligations BEGIN
    UPDATE obligations SET paid_off_on = (SELECT v.paid_off_on FROM obligation_paid_off v
                                          WHERE v.obligation_id = NEW.id)
    WHERE id = NEW.id;
END;

-- The obligations not yet paid off on a day: paid_off_on IS NULL OR paid_off_on > day.
CREATE INDEX obligations_paid_off ON obligations(paid_off_on);

-- Agreements whose window for judicial confirmation may still be open: a recent effective_on.
CREATE INDEX agreements_effective ON agreements(effective_on);
