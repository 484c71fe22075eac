package cn.bangfu.web.platform;

import cn.bangfu.platform.entity.ConflictException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.util.Iterator;

/**
 * A save that lost a race past the boundary's version check (two users saved the same version at the
 * same moment) fails in the database, after the boundary returned. On a page that is not an error:
 * the user is told his change was not saved and why, and stays on the page with what he typed;
 * every other failure goes on to OmniFaces' error pages.
 */
public class LostUpdateHandler extends ExceptionHandlerWrapper {

    public LostUpdateHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            if (ConflictException.lostUpdate(events.next().getContext().getException())) {
                events.remove();
                FacesContext faces = FacesContext.getCurrentInstance();
                String text = CDI.current().select(Labels.class).get().get("common.lostUpdate");
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
                faces.validationFailed();
            }
        }
        getWrapped().handle();
    }

    /** Registered in faces-config.xml after OmniFaces' factory, so it wraps that handler and sees the failures first. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new LostUpdateHandler(getWrapped().getExceptionHandler());
        }
    }
}
