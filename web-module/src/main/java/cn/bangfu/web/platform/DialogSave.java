package cn.bangfu.web.platform;

import cn.bangfu.platform.entity.ConflictException;
import cn.bangfu.platform.entity.InvalidInputException;
import cn.bangfu.platform.entity.ForbiddenException;
import cn.bangfu.platform.entity.NotFoundException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Saves a page's create/edit dialog through its boundary and tells the user the outcome the same way
 * on every page: saved; stale, when someone saved the record since the dialog loaded it; field
 * errors beside their inputs; gone, when the record was deleted meanwhile.
 */
@RequestScoped
public class DialogSave {

    @Inject
    FacesErrors errors;

    /**
     * @param inputs JSON field → client id of its input in the dialog
     * @return what the boundary saved, or null when it refused (the messages say why)
     */
    public <T> T run(Supplier<T> save, Map<String, String> inputs) {
        return run(save, inputs, "common.saved");
    }

    /** As {@link #run(Supplier, Map)}, telling success with this label, e.g. "cancelled" for an action that is not a save. */
    public <T> T run(Supplier<T> save, Map<String, String> inputs, String doneLabel) {
        T saved = attempt(save, inputs);
        if (saved != null) {
            errors.info(doneLabel);
        }
        return saved;
    }

    /** As {@link #run(Supplier, Map)}, telling nothing on success: for a page whose message depends on what was saved. */
    public <T> T attempt(Supplier<T> save, Map<String, String> inputs) {
        try {
            return save.get();
        } catch (ConflictException e) {
            if (e.errors().stream().anyMatch(err -> err.field().equals("version"))) {
                errors.error("common.stale");
            } else {
                errors.show(e, inputs);
            }
        } catch (InvalidInputException e) {
            errors.show(e, inputs);
            errors.error("common.fixErrors");
        } catch (NotFoundException e) {
            errors.error("common.notFound");
        } catch (ForbiddenException e) {
            errors.error("common.forbidden");
        }
        return null;
    }
}
