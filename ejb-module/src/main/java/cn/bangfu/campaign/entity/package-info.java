/** Campaign, Assignment (with its units), Stationing and the rules they carry; the records pages and the API exchange. */
package cn.bangfu.campaign.entity;
