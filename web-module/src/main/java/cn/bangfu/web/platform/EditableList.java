package cn.bangfu.web.platform;

import cn.bangfu.platform.entity.NotFoundException;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.Map;

/**
 * A list page whose records the campaign office creates and edits in a dialog: the dialog's form,
 * whether it edits a stored record, and loading and saving it through the page's boundary.
 *
 * @param <D> a record as the boundary gives and takes it
 * @param <F> the dialog's form for a record
 */
public abstract class EditableList<D, F extends Serializable> implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    protected FacesErrors errors;

    @Inject
    DialogSave dialogSave;

    private F form;
    private boolean editing;

    /**
     * JSON field → input id in the dialog, so each error lands beside its field. A method, not a
     * constructor argument: CDI proxies and restores the page's bean through a no-argument constructor.
     */
    protected abstract Map<String, String> inputs();

    protected abstract F newForm();

    protected abstract F formOf(D record);

    /** The stored record for a row of the table, as it is now. */
    protected abstract D reload(D row);

    protected abstract D create(F form);

    protected abstract D update(F form);

    public void create() {
        form = newForm();
        editing = false;
    }

    public void edit(D row) {
        try {
            form = formOf(reload(row));
            editing = true;
        } catch (NotFoundException e) {
            errors.error("common.notFound");
        }
    }

    public void save() {
        D saved = dialogSave.run(() -> editing ? update(form) : create(form), inputs());
        if (saved != null) {
            form = formOf(saved);
            editing = true;
        }
    }

    public F getForm() {
        return form;
    }

    public boolean isEditing() {
        return editing;
    }
}
