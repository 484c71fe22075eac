/** The page shell: sign-in, the user's session and language, the home page, the audit log page and security headers. */
package cn.bangfu.web.platform;
