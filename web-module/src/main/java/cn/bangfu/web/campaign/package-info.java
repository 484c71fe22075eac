/** Campaign pages: the campaign list and the assignment matrix (对口联系企业安排表) with its dialogs and spreadsheets. */
package cn.bangfu.web.campaign;
