package org.jiebang.review.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/** A logged-in user's notice page: the view keeps the bean between the objection form's posts. */
@Named
@ViewScoped
public class NoticeBacking extends NoticePage {

    private static final long serialVersionUID = 1L;
}
