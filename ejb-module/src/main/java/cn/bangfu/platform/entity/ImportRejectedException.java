package cn.bangfu.platform.entity;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** A spreadsheet import refused as a whole: every bad row, column and reason; nothing was saved. */
@ApplicationException(rollback = true)
public class ImportRejectedException extends InvalidInputException {

    public ImportRejectedException(List<FieldError> errors) {
        super(errors);
    }
}
