package cn.bangfu.web.inspection;

import cn.bangfu.inspection.boundary.Findings;
import cn.bangfu.platform.entity.NotFoundException;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A finding's photo for the pages' {@code <img>} (inspection/photo?id=…): the signed-in session's, where the API takes
 * only Basic credentials. The boundary decides who sees it; outside scope it is 404, as on the API.
 */
@WebServlet("/inspection/photo")
public class PhotoServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Findings findings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Findings.PhotoContent photo;
        try {
            photo = findings.photo(id);
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType(photo.contentType());
        response.setContentLength(photo.content().length);
        response.setHeader("Cache-Control", "private, max-age=3600");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getOutputStream().write(photo.content());
    }
}
