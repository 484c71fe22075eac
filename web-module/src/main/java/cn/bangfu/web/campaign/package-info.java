/** Campaign pages: the campaign list and the assignment matrix (对口联系企业安排表) with its dialogs and spreadsheets, and the stationed cadres (驻企) of 百名干部助百企. */
package cn.bangfu.web.campaign;
