package org.jiebang.challenge.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The challenge detail page of an anonymous visitor: read per request, nothing kept in a session. */
@Named
@RequestScoped
public class PublicChallengePage extends ChallengePage {

    private static final long serialVersionUID = 1L;
}
