-- PostgreSQL counterpart of ../009_deadlines.sql: obligations.paid_off_on, the day the
-- obligation's payments, taken in date order, first reached its amount (NULL while they have
-- not), kept by triggers in the transaction of the change; and the indexes of the deadlines page.
ALTER TABLE obligations ADD COLUMN paid_off_on TEXT;

CREATE FUNCTION obligation_paid_off(p_obligation TEXT) RETURNS TEXT
LANGUAGE sql STABLE AS $$
    SELECT MIN(p.paid_on) FROM payments p JOIN obligations o ON o.id = p.obligation_id
    WHERE p.obligation_id = p_obligation
      AND (SELECT SUM(q.amount_fen) FROM payments q
           WHERE q.obligation_id = p_obligation AND q.paid_on <= p.paid_on) >= o.amount_fen
$$;

UPDATE obligations SET paid_off_on = obligation_paid_off(id)
WHERE EXISTS (SELECT 1 FROM payments p WHERE p.obligation_id = obligations.id);

CREATE FUNCTION obligation_paid_off_payment() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        UPDATE obligations SET paid_off_on = obligation_paid_off(id) WHERE id = OLD.obligation_id;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        UPDATE obligations SET paid_off_on = obligation_paid_off(id) WHERE id = NEW.obligation_id;
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER obligation_paid_off_payment
AFTER INSERT OR DELETE OR UPDATE OF obligation_id, paid_on, amount_fen ON payments
FOR EACH ROW EXECUTE FUNCTION obligation_paid_off_payment();

CREATE FUNCTION obligation_paid_off_amount() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE obligations SET paid_off_on = obligation_paid_off(id) WHERE id = NEW.id;
    RETURN NULL;
END;
$$;

CREATE TRIGGER obligation_paid_off_amount AFTER UPDATE OF amount_fen ON obligations
FOR EACH ROW EXECUTE FUNCTION obligation_paid_off_amount();

CREATE INDEX obligations_paid_off ON obligations(paid_off_on);
CREATE INDEX agreements_effective ON agreements(effective_on);
