/** The page shell: sign-in, the user's session and language, the home page, the audit log page, security headers and the spreadsheet dialog pages share. */
package cn.bangfu.web.platform;
