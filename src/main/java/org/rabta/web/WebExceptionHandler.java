package org.rabta.web;

import java.util.Map;
import org.rabta.shared.RecordNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Screens: a record that does not exist or is out of reach shows the same friendly 404 page. */
@ControllerAdvice(annotations = Controller.class)
class WebExceptionHandler {

    @ExceptionHandler(RecordNotFoundException.class)
    ModelAndView notFound() {
        return new ModelAndView("error", Map.of("status", HttpStatus.NOT_FOUND.value()), HttpStatus.NOT_FOUND);
    }
}
