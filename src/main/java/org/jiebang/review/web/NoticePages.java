package org.jiebang.review.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Which bean serves a notice page: {@code #{noticePage}} is the view-scoped one (with the objection
 * form) for a logged-in user and the request-scoped one for an anonymous visitor, whose stateless
 * view must not open a session.
 */
@ApplicationScoped
public class NoticePages {

    @Produces
    @Named("noticePage")
    @Dependent
    NoticePage noticePage(HttpServletRequest request, PublicNotice anonymous, NoticeBacking user) {
        return request.getUserPrincipal() == null ? anonymous : user;
    }
}
