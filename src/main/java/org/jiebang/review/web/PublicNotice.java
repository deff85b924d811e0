package org.jiebang.review.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The list of notices, and an anonymous visitor's notice page: read per request, no session. */
@Named
@RequestScoped
public class PublicNotice extends NoticePage {

    private static final long serialVersionUID = 1L;
}
