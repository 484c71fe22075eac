package cn.bangfu.web.platform;

import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.InvalidInputException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.enterprise.context.RequestScoped;
import java.util.Map;

/**
 * Shows a boundary's field errors next to the fields of a form. The map ties each JSON field name
 * to the client id of its input; errors of other fields appear at the top of the form.
 */
@RequestScoped
public class FacesErrors {

    @Inject
    Labels labels;

    public void show(InvalidInputException e, Map<String, String> clientIds) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (FieldError error : e.errors()) {
            String clientId = clientIds.get(error.field());
            faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, labels.error(error), null));
        }
        faces.validationFailed();
    }

    public void error(String labelKey, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, labels.get(labelKey, args), null));
        faces.validationFailed();
    }

    public void info(String labelKey, Object... args) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, labels.get(labelKey, args), null));
    }
}
