-- SPDX-License-Identifier: GPL-3.0-or-later
-- A case file's next proceeding number stays above every proceeding it holds, however the
-- proceeding came (made here, pulled from the central store, moved in, renumbered by the sync):
-- before, a proceeding pulled into a case file left the counter behind, and the next one made here
-- took a number already there.
UPDATE case_file SET next_proceeding = max(next_proceeding,
    coalesce((SELECT max(p.number) + 1 FROM proceeding p WHERE p.case_file_id = case_file.id), 1));

CREATE TRIGGER proceeding_number_counted AFTER INSERT ON proceeding
BEGIN
    UPDATE case_file SET next_proceeding = NEW.number + 1
        WHERE id = NEW.case_file_id AND next_proceeding <= NEW.number;
END;
CREATE TRIGGER proceeding_number_recounted AFTER UPDATE OF number, case_file_id ON proceeding
BEGIN
    UPDATE case_file SET next_proceeding = NEW.number + 1
        WHERE id = NEW.case_file_id AND next_proceeding <= NEW.number;
END;
