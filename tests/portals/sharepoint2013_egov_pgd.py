"""Phòng Giáo dục và Đào tạo quận Gò Vấp: a sub-site of a district e-government portal on
SharePoint Server 2013 publishing.

Platform
    SharePoint Server 2013 publishing site (seattle-derived master page of the district's vendor,
    page layouts with field controls, Content Query Web Parts, a custom "Tin tức" list web part
    with ASP.NET postback paging, "_layouts/15" resources). The whole page is one ASP.NET form
    (``aspnetForm``) with ``__VIEWSTATE``/``__EVENTVALIDATION``/``__REQUESTDIGEST``.

URL scheme (all under the sub-site ``/phonggiaoduc``; SharePoint paths are case-insensitive)
    ``/`` , ``/phonggiaoduc/``           302 to ``/phonggiaoduc/Pages/default.aspx`` (START_PATH)
    ``/phonggiaoduc/Pages/default.aspx`` home: CQWP "Tin nổi bật" (publishing pages, direct links),
                                          CQWP "Tin mới" (5 newest, links through CopyUtil.aspx),
                                          "Thông báo" marquee, "Văn bản mới"
    ``/phonggiaoduc/Pages/<slug>.aspx``  publishing article pages (7 gold articles)
    ``/phonggiaoduc/Pages/tin-tuc.aspx`` list of all news, 5 a page, postback pager
    ``/phonggiaoduc/Pages/tin-tuc.aspx?CatID=<n>`` one section, 3 a page, postback pager
    ``/phonggiaoduc/Pages/tin-tuc.aspx?ItemID=<N>`` a "Tin tức" list item shown by the detail web
                                          part (6 gold articles); ``&IsDlg=1`` is its print view
    ``/_layouts/15/CopyUtil.aspx?Use=id&Action=dispform&ItemId=<N>&ListId={…}`` 302 to the item
    ``/phonggiaoduc/Pages/gioi-thieu.aspx``, ``co-cau-to-chuc.aspx``, ``lien-he.aspx``,
    ``thu-vien-anh.aspx``, ``van-ban.aspx`` (+ ``?ItemID=<N>`` document entries)
    ``/_layouts/15/osssearchresults.aspx?k=…`` search (a fixed "no result" page)

Page templates
    * publishing page (layout "PGD_TinBai.aspx"): title-area breadcrumb in ``h1#pageTitle``; the
      headline in ``div.pgd-bv-td``; "Chuyên mục" taxonomy field; ``ArticleStartDate`` printed by
      a DateTimeField in en-US (``12/1/2026 2:30 PM``); ``ArticleByLine``; the page image
      (RichImageField) with its caption field; the description ("Comments") field as the sapo;
      the content RichHtmlField; "Cập nhật lần cuối … bởi GOVAP\\pgd.govap"; "Tin liên quan" CQWP.
    * item view (``tin-tuc.aspx?ItemID=N``): the host page is "Tin tức" (``<title>``, h1); the
      custom detail web part (``ms-WPBody noindex``) prints the headline in a span, "Ngày đăng" in
      vi-VN 12-hour form with SA/CH, the "Tóm tắt" field, the body inside an ``ExternalClass…`` div,
      the "Tác giả" field, attachments, print/e-mail/share tools; then a "Các tin khác" CQWP.

How each gold article is reached
    Home "Tin mới" (CopyUtil redirects) reaches the five newest; "Tin nổi bật" three publishing
    pages; each section list (menu "Tin tức" drop-down) holds 3 a page, its page 2 only by
    postback; the full list holds 5 a page, pages 2-3 only by postback. "Tin liên quan" /
    "Các tin khác" show the 3 newest of the section. Two articles (Kiểm tra bán trú, Khai giảng lớp
    bồi dưỡng) are reachable ONLY through a postback page 2+ (section page 2, full list page 3).

Traps
    1. Postback paging: the pager links are ``javascript:__doPostBack('ctl00$ctl42$g_…$rptTrang$
       ctl01$lbtTrang','')``; page 2+ exist only as a POST of the page's form with its own
       ``__VIEWSTATE`` (an unknown view state answers the ASP.NET 500 error page). Gold: two
       articles are only behind these POSTs; the list pages are not articles.
    2. The home CQWP "Tin mới" links through ``/_layouts/15/CopyUtil.aspx?Use=id&Action=dispform
       &ItemId=…&ListId={…}`` which 302-redirects to the article. Gold: the redirect target is the
       article's path; the CopyUtil addresses are no pages of their own (not in alt_paths).
    3. SharePoint 2013's SEO canonical drops the query string: every item view prints
       ``<link rel="canonical" href="…/phonggiaoduc/Pages/tin-tuc.aspx">`` (the listing!). Gold:
       each ``tin-tuc.aspx?ItemID=N`` is its own article, canonical_path = that address.
    4. Two date cultures: the publishing pages' DateTimeField prints en-US month-first
       ("12/1/2026 2:30 PM" is 1 December, "11/28/2026" a day alone), the item views print vi-VN
       day-first with Vietnamese AM/PM ("20/11/2026 4:15:00 CH" is 16:15, "SA" is AM), the lists
       print "(03/12/2026)". Gold: the date as meant, with the time when one is printed.
    5. The only ``<h1>`` is SharePoint's title-area breadcrumb (``h1#pageTitle``: "Phòng Giáo dục
       và Đào tạo", separator images with alt ":", "Pages", then the page); on item views it and
       ``<title>`` both read "Tin tức" (the host page). Gold title: the headline span of the
       page layout / detail web part.
    6. The breadcrumb names the library ("Pages"), never the section: the section is the
       "Chuyên mục" field (and the menu item marked ``selected``). Gold category: the field.
    7. Zero-width spaces of the SP 2013 rich text editor: U+200B (raw or ``&#8203;``) at the start
       of fields and lines, and "blank" ``<div>&#8203;</div>`` spacer lines that hold only one.
       Gold: no text, no paragraph.
    8. RTE caption tables: a 2-row ``ms-rteTable-default`` table (photo row, caption row) is a
       photo with its caption, not two table rows of text; a data table (``ms-rteTable-1``) in
       other articles is body rows ("cells | joined").
    9. The detail web part's body is ``<div class="ms-WPBody noindex">`` (SharePoint's own hint
       for its search crawler). Gold: its content is the article all the same.
    10. URL case variants: the "Tin liên quan" CQWP prints ``/PhongGiaoDuc/Pages/<slug>.aspx``
        (the site URL as typed by the vendor), served like the lower-case address. Gold: alt_paths.
    11. The item view's "In trang" link is ``…&IsDlg=1`` (SharePoint's dialog mode: same article
        without the chrome, same wrong canonical). Gold: alt_paths.
    12. Lists print SharePoint's new-item marker after fresh titles (``<span class=
        "ms-newdocument-iconouter"><img … alt="mới"></span>``). Gold: not part of any title.
    13. Bylines in fields above the text ("Bài, ảnh: X", "Thanh Tùng - Công đoàn ngành GD",
        "ThS. Phạm Ngọc Lan", "Hoàng Yến (Tổ Mầm non)"), the page's "Cập nhật lần cuối:
        12/4/2026 9:15 AM bởi GOVAP\\pgd.govap" (an update date and a domain account), the
        item view's "Người đăng: pgd.govap". Gold: names only; the update line gives nothing.
    14. The page image's caption field printed in parentheses ("(Quang cảnh lễ khai giảng)"), or
        a credit only under an inline photo ("Ảnh: Minh Khôi"). Gold: caption without the
        parentheses; a credit is a photographer, caption None.
    15. An official notice in the item view: letterhead table, "THÔNG BÁO" + subject, "Nơi nhận"
        closing table with the signer; "Ngày đăng" a day later than the letterhead. Gold: body
        without those parts, date the letterhead's day, author the signer.

Gold decisions on ambiguous points
    * A publishing page's description field, printed bold in its own ``div.pgd-bv-tt`` above the
      content, is the sapo (summary and first body paragraph); the item view's "Tóm tắt"
      (``span…_lblTomTat``) likewise.
    * The page image (RichImageField) is the article's first photo; its caption field is its
      caption. "Tin nổi bật" rollup thumbnails are not the article's photos.
    * A unit signing alone on the right ("Tổ Tiểu học", "Hội đồng Đội quận") is the author.
    * Midnight "12:00:00 SA" is a day without a time.
    * Attachment lines, "Xem thêm:" lines, print/share tools, "Lượt xem" are not body.
    * The official notice's published_at is the letterhead's day (2026-12-02), not the
      item's "Ngày đăng" 03/12/2026.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, quote, urlencode

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    Img,
    P,
    Raw,
    Story,
    base_url,
    esc,
    gold_record,
    opaque,
    static_file,
)

NAME = "sharepoint2013_egov_pgd"
PLATFORM = "SharePoint Server 2013 publishing (district e-government portal sub-site)"
START_PATH = "/phonggiaoduc/Pages/default.aspx"

WEB = "/phonggiaoduc"
HOME = f"{WEB}/Pages/default.aspx"
NEWS = f"{WEB}/Pages/tin-tuc.aspx"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
ZW = "\u200b"

NEWS_LIST_ID = "{5B0C2D7E-93A4-4F61-8C1D-2E7F4A9B3C60}"
PAGES_LIST_ID = "{A1E4F0B2-6C3D-4E8F-9B71-0D2C5E8A4F13}"
WEB_ID = "{7D3E1A90-2B5C-4C0E-A6F8-91B2C3D4E5F6}"
SITE_ID = "{0F9E8D7C-6B5A-4938-8271-605F4E3D2C1B}"
WP = "ctl00$ctl42$g_8c2b7a1e_6f0d_4b8e_9a57_3c1f2d9e4a10"
WP_ID = WP.replace("$", "_")

CATS = {
    1: "Tin tức - Sự kiện",
    2: "Hoạt động chuyên môn",
    3: "Thông báo",
    4: "Công đoàn - Đoàn thể",
}


def _s(id_: int, slug: str, title: str, cat: int, published_at: str | None, blocks, **kw) -> Story:
    return Story(id_, slug, title, CATS[cat], published_at, blocks, **kw)


# opts: kind "page" (publishing page, slug is the page name) or "item" (news list item, id = ItemID);
# "date" the printed date; "posted" the list's day (dd/MM/yyyy); "byline" the ArticleByLine field;
# "page_img" index of the Img block printed in the page-image field; "attach" attachment names.
STORIES: list[Story] = [
    _s(
        118,
        "thong-bao-hoi-thi-gvdg",
        "Thông báo về việc tổ chức Hội thi Giáo viên dạy giỏi cấp quận năm học 2026 - 2027",
        3,
        "2026-12-02",
        [
            Raw(
                '<table class="ms-rteTable-default" width="100%" cellspacing="0"><tbody>'
                '<tr class="ms-rteTableEvenRow-default"><td class="ms-rteTableEvenCol-default" '
                'style="text-align:center;width:40%">ỦY BAN NHÂN DÂN QUẬN GÒ VẤP<br/><strong>PHÒNG '
                'GIÁO DỤC VÀ ĐÀO TẠO</strong></td><td class="ms-rteTableOddCol-default" '
                'style="text-align:center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br/>'
                "<strong>Độc lập - Tự do - Hạnh phúc</strong></td></tr>"
                '<tr class="ms-rteTableOddRow-default"><td class="ms-rteTableEvenCol-default" '
                'style="text-align:center">Số: 1587/TB-GDĐT</td><td class="ms-rteTableOddCol-default" '
                'style="text-align:right"><em>Gò Vấp, ngày 02 tháng 12 năm 2026</em></td></tr>'
                "</tbody></table>"
                f'<p style="text-align:center">{ZW}<strong>THÔNG BÁO</strong></p>'
                '<p style="text-align:center"><strong>Về việc tổ chức Hội thi Giáo viên dạy giỏi cấp '
                "quận năm học 2026 - 2027</strong></p>"
            ),
            P(
                "Căn cứ Thông tư số 22/2019/TT-BGDĐT ngày 20 tháng 12 năm 2019 của Bộ Giáo dục và "
                "Đào tạo ban hành Quy định về Hội thi giáo viên dạy giỏi cơ sở giáo dục mầm non; giáo "
                "viên dạy giỏi, giáo viên chủ nhiệm lớp giỏi cơ sở giáo dục phổ thông;",
                "p",
            ),
            P(
                "Căn cứ Kế hoạch số 1420/KH-GDĐT ngày 15 tháng 9 năm 2026 của Phòng Giáo dục và Đào "
                "tạo về thực hiện nhiệm vụ năm học 2026 - 2027;",
                "p",
            ),
            P(
                "Phòng Giáo dục và Đào tạo thông báo tổ chức Hội thi Giáo viên dạy giỏi cấp quận năm "
                "học 2026 - 2027 như sau:",
                "p",
            ),
            P("1. Đối tượng dự thi", "pb"),
            P(
                "Giáo viên đang giảng dạy tại các trường mầm non, tiểu học, trung học cơ sở công lập "
                "và ngoài công lập trên địa bàn quận, đã đạt danh hiệu giáo viên dạy giỏi cấp trường "
                "năm học 2025 - 2026.",
                "p",
            ),
            P("2. Thời gian và địa điểm", "pb"),
            P("Vòng 1 (thi năng lực): ngày 14/12/2026 tại Trường THCS Phan Tây Hồ.", "br"),
            P(
                "Vòng 2 (thực hành tiết dạy): từ ngày 04/01/2027 đến ngày 15/01/2027 tại các đơn vị "
                "có giáo viên dự thi.",
                "br",
            ),
            P(
                "Hiệu trưởng các trường gửi danh sách giáo viên dự thi về Phòng Giáo dục và Đào tạo "
                "(qua bộ phận chuyên môn) trước ngày 09/12/2026.",
                "p",
            ),
            Raw(
                '<table class="ms-rteTable-default" width="100%"><tbody><tr class="ms-rteTableEvenRow-default">'
                '<td class="ms-rteTableEvenCol-default" style="width:50%"><strong><em>Nơi nhận:</em>'
                "</strong><br/>- Các trường MN, TH, THCS;<br/>- Lưu: VT.</td>"
                '<td class="ms-rteTableOddCol-default" style="text-align:center"><strong>TRƯỞNG PHÒNG'
                "</strong><br/><br/><em>(Đã ký)</em><br/><br/><strong>Nguyễn Văn Hùng</strong></td>"
                "</tr></tbody></table>"
            ),
        ],
        authors=["Nguyễn Văn Hùng"],
        opts={
            "kind": "item",
            "date": "03/12/2026 7:45:00 SA",
            "posted": "03/12/2026",
            "attach": ["TB-1587-HoiThiGVDG.pdf"],
        },
    ),
    _s(
        2041,
        "hoi-nghi-chuyen-de-stem-tieu-hoc",
        "Hội nghị chuyên đề “Giáo dục STEM trong trường tiểu học” năm học 2026 - 2027",
        2,
        "2026-12-01T14:30:00+07:00",
        [
            Img(
                f"{WEB}/PublishingImages/2026/12/stem-tieu-hoc-01.jpg?RenditionID=5",
                "Tiết dạy minh họa chủ đề “Chiếc xe chạy bằng sức gió” của lớp 4/2",
                "Tiết dạy minh họa chủ đề “Chiếc xe chạy bằng sức gió” của lớp 4/2",
                "pageimg",
            ),
            P(
                "Hội nghị nhằm triển khai hướng dẫn của Bộ Giáo dục và Đào tạo về thực hiện giáo dục "
                "STEM, đồng thời chia sẻ kinh nghiệm tổ chức các hoạt động trải nghiệm STEM phù hợp với "
                "học sinh tiểu học.",
                "div",
            ),
            P("Tiết dạy minh họa gắn với thực tiễn", "h3"),
            P(
                "Các đại biểu đã dự tiết dạy minh họa môn Khoa học lớp 4 do cô Trần Thị Ngọc Hân thực "
                "hiện. Học sinh làm việc theo nhóm, thiết kế và chạy thử mô hình xe chạy bằng sức gió "
                "từ vật liệu tái chế.",
                "div",
            ),
            Img(
                f"{WEB}/PublishingImages/2026/12/stem-tieu-hoc-02.jpg",
                "Các nhóm học sinh trình bày sản phẩm trước hội nghị",
                "Các nhóm học sinh trình bày sản phẩm trước hội nghị",
                "rtetable",
            ),
            P(
                "Sau tiết dạy, các trường Tiểu học Lê Văn Thọ, Tiểu học Kim Đồng và Tiểu học Hanh "
                "Thông trình bày tham luận về cách xây dựng kế hoạch bài học STEM và phối hợp với cha "
                "mẹ học sinh trong việc chuẩn bị học liệu.",
                "div",
            ),
            P("Định hướng trong thời gian tới", "h3"),
            P("Mỗi trường tiểu học tổ chức ít nhất hai bài học STEM mỗi học kỳ;", "li"),
            P(
                "Xây dựng ngân hàng kế hoạch bài học STEM dùng chung trên hệ thống học liệu của quận;",
                "li",
            ),
            P("Tổ chức ngày hội STEM cấp quận vào tháng 3/2027.", "li"),
        ],
        authors=["Lê Hoàng Phúc"],
        photographers=["Lê Hoàng Phúc"],
        summary=(
            "Sáng 01/12, tại Trường Tiểu học Lê Văn Thọ, Phòng Giáo dục và Đào tạo quận Gò Vấp tổ "
            "chức hội nghị chuyên đề giáo dục STEM cấp tiểu học với sự tham dự của hơn 150 cán bộ "
            "quản lý và giáo viên."
        ),
        sapo_outside=True,
        opts={
            "kind": "page",
            "date": "12/1/2026 2:30 PM",
            "posted": "01/12/2026",
            "byline": "Bài, ảnh: Lê Hoàng Phúc",
            "rollup": "stem-tieu-hoc-rollup.jpg",
        },
    ),
    _s(
        2037,
        "ket-qua-hoi-thi-giao-vien-chu-nhiem-gioi",
        "Kết quả Hội thi Giáo viên chủ nhiệm lớp giỏi cấp Tiểu học năm học 2026 - 2027",
        2,
        "2026-11-28",
        [
            P(
                "Sau hai vòng thi diễn ra từ ngày 10/11 đến ngày 24/11/2026, Ban Tổ chức Hội thi Giáo "
                "viên chủ nhiệm lớp giỏi cấp Tiểu học đã công nhận 42 giáo viên đạt danh hiệu giáo viên "
                "chủ nhiệm lớp giỏi cấp quận.",
                "p",
            ),
            P("Kết quả cụ thể của các giáo viên đạt giải như sau:", "p"),
            P("STT | Họ và tên | Đơn vị | Xếp loại", "th"),
            P("1 | Nguyễn Thị Bích Ngọc | TH Lê Văn Thọ | Giải Nhất", "tr"),
            P("2 | Võ Minh Trí | TH Nguyễn Viết Xuân | Giải Nhì", "tr"),
            P("3 | Huỳnh Thanh Thủy | TH Kim Đồng | Giải Nhì", "tr"),
            P("4 | Đặng Quốc Bảo | TH Hanh Thông | Giải Ba", "tr"),
            P(
                "Danh sách đầy đủ 42 giáo viên được đăng tải tại mục Văn bản của trang Phòng Giáo dục "
                "và Đào tạo.",
                "p",
            ),
            P(
                "Phòng Giáo dục và Đào tạo chúc mừng các giáo viên đạt giải và đề nghị các trường tiếp "
                "tục nhân rộng những cách làm hay trong công tác chủ nhiệm lớp.",
                "p",
            ),
            Raw(f'<p style="text-align:right">{ZW}<strong>Tổ Tiểu học</strong></p>'),
        ],
        authors=["Tổ Tiểu học"],
        opts={
            "kind": "page",
            "date": "11/28/2026",
            "posted": "28/11/2026",
            "byline": "",
            "rollup": "ket-qua-gvcn-rollup.jpg",
        },
    ),
    _s(
        116,
        "tuyen-dung-vien-chuc-dot-2",
        "Thông báo tuyển dụng viên chức giáo dục năm 2026 (đợt 2)",
        3,
        "2026-11-25T10:00:00+07:00",
        [
            P(
                "Chỉ tiêu tuyển dụng gồm: 24 giáo viên mầm non, 27 giáo viên tiểu học, 11 giáo viên "
                "trung học cơ sở và 6 nhân viên kế toán, thư viện, thiết bị.",
                "div",
            ),
            P(
                "Thời gian nhận phiếu đăng ký dự tuyển: từ ngày 26/11/2026 đến hết ngày 25/12/2026, "
                "trong giờ hành chính các ngày làm việc.",
                "div",
            ),
            P(
                "Địa điểm nhận phiếu: Phòng Nội vụ quận Gò Vấp, số 19 Quang Trung, Phường 10, quận Gò "
                "Vấp.",
                "div",
            ),
            P(
                "Ứng viên xem chi tiết tiêu chuẩn, điều kiện và mẫu phiếu đăng ký trong tệp đính kèm.",
                "div",
            ),
            Raw(
                f'<div>{ZW}<em>Xem thêm: <a href="{NEWS}?ItemID=105">Lịch tiếp công dân của lãnh đạo '
                "Phòng Giáo dục và Đào tạo quý IV năm 2026</a></em></div>"
            ),
        ],
        summary=(
            "Ủy ban nhân dân quận Gò Vấp thông báo tuyển dụng 68 chỉ tiêu viên chức giảng dạy và nhân "
            "viên cho các trường mầm non, tiểu học và trung học cơ sở công lập trực thuộc."
        ),
        sapo_outside=True,
        opts={
            "kind": "item",
            "date": "25/11/2026 10:00:00 SA",
            "posted": "25/11/2026",
            "attach": ["ThongBao_TuyenDung_Dot2.pdf", "MauPhieuDangKy.docx"],
        },
    ),
    _s(
        117,
        "tuyen-duong-nha-giao-tieu-bieu",
        "Gò Vấp tuyên dương 126 nhà giáo tiêu biểu nhân kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
        1,
        "2026-11-20T16:15:00+07:00",
        [
            P(
                "Chiều 19/11, Ủy ban nhân dân quận Gò Vấp tổ chức họp mặt kỷ niệm 44 năm Ngày Nhà giáo "
                "Việt Nam (20/11/1982 - 20/11/2026) và tuyên dương nhà giáo tiêu biểu năm học 2025 - "
                "2026.",
                "b",
            ),
            Img(
                f"{WEB}/Lists/TinTuc/Attachments/117/IMG_4512.JPG",
                "Lãnh đạo quận trao bằng khen cho các nhà giáo tiêu biểu",
                "Lãnh đạo quận trao bằng khen cho các nhà giáo tiêu biểu",
                "rtetable",
            ),
            P(
                "Phát biểu tại buổi họp mặt, bà Lê Thị Kim Chi, Phó Chủ tịch Ủy ban nhân dân quận, ghi "
                "nhận những đóng góp của đội ngũ nhà giáo trong việc nâng cao chất lượng giáo dục toàn "
                "diện, đặc biệt là kết quả kỳ thi tuyển sinh lớp 10 năm 2026 với tỷ lệ đậu vào trường "
                "công lập đạt 87,4%.",
                "div",
            ),
            P(
                "“Mỗi thầy cô là một tấm gương sáng để học trò noi theo. Quận sẽ tiếp tục quan tâm, tạo "
                "điều kiện để đội ngũ nhà giáo yên tâm công tác”, bà Lê Thị Kim Chi nhấn mạnh.",
                "quote",
            ),
            P(
                "Dịp này, 126 nhà giáo được tuyên dương, trong đó 18 nhà giáo nhận bằng khen của Ủy ban "
                "nhân dân Thành phố và 108 nhà giáo nhận giấy khen của Ủy ban nhân dân quận.",
                "div",
            ),
            Img(f"{WEB}/Lists/TinTuc/Attachments/117/IMG_4530.JPG", "Ảnh: Phương Thảo", None, "next"),
            Raw(f'<div style="text-align:right">{ZW}<strong>Tin: Phương Thảo</strong></div>'),
        ],
        authors=["Phương Thảo"],
        photographers=["Phương Thảo"],
        summary=(
            "Chiều 19/11, Ủy ban nhân dân quận Gò Vấp tổ chức họp mặt kỷ niệm 44 năm Ngày Nhà giáo "
            "Việt Nam (20/11/1982 - 20/11/2026) và tuyên dương nhà giáo tiêu biểu năm học 2025 - 2026."
        ),
        opts={"kind": "item", "date": "20/11/2026 4:15:00 CH", "posted": "20/11/2026"},
    ),
    _s(
        2033,
        "cong-doan-nganh-giao-duc-hoi-thao-20-11",
        "Công đoàn ngành Giáo dục quận tổ chức Hội thao chào mừng Ngày Nhà giáo Việt Nam",
        4,
        "2026-11-15T07:30:00+07:00",
        [
            Img(
                f"{WEB}/PublishingImages/2026/11/hoi-thao-cd-01.jpg?RenditionID=5",
                "Lễ khai mạc Hội thao tại Nhà thi đấu quận",
                "Lễ khai mạc Hội thao tại Nhà thi đấu quận",
                "pageimg",
            ),
            P(
                "Ngày 14 và 15/11, Công đoàn ngành Giáo dục quận Gò Vấp tổ chức Hội thao cán bộ, giáo "
                "viên, nhân viên năm 2026 với sự tham gia của gần 900 vận động viên đến từ 64 công đoàn "
                "cơ sở.",
                "div",
            ),
            P(
                "Hội thao gồm các môn bóng đá nam, bóng chuyền hơi nữ, cầu lông, kéo co và các trò chơi "
                "dân gian. Các trận đấu diễn ra sôi nổi, đoàn kết, mang lại không khí vui tươi cho đội "
                "ngũ nhà giáo trước thềm ngày 20/11.",
                "div",
            ),
            Img(
                f"{WEB}/PublishingImages/2026/11/hoi-thao-cd-02.jpg",
                "Môn kéo co nữ thu hút đông đảo cổ động viên",
                "Môn kéo co nữ thu hút đông đảo cổ động viên",
                "next",
            ),
            P(
                "Kết thúc Hội thao, Ban Tổ chức trao 12 giải nhất, 12 giải nhì và 24 giải ba cho các "
                "đội. Trường THCS Gò Vấp dẫn đầu toàn đoàn, xếp thứ hai là Trường Tiểu học Lê Văn Thọ.",
                "div",
            ),
            Img(f"{WEB}/PublishingImages/2026/11/hoi-thao-cd-03.jpg", "Ảnh: Minh Khôi", None, "next"),
        ],
        authors=["Thanh Tùng"],
        photographers=["Minh Khôi"],
        opts={
            "kind": "page",
            "date": "11/15/2026 7:30 AM",
            "posted": "15/11/2026",
            "byline": "Thanh Tùng - Công đoàn ngành GD",
            "rollup": "hoi-thao-cd-rollup.jpg",
        },
    ),
    _s(
        114,
        "thcs-nguyen-du-kiem-tra-chuan-quoc-gia",
        "Trường THCS Nguyễn Du đón đoàn kiểm tra công nhận trường đạt chuẩn quốc gia mức độ 2",
        1,
        "2026-11-12T15:00:00+07:00",
        [
            P(
                "Ngày 11/11/2026, Đoàn kiểm tra của Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh đã đến "
                "làm việc tại Trường THCS Nguyễn Du về công tác kiểm tra công nhận trường đạt chuẩn quốc "
                "gia mức độ 2.",
                "div",
            ),
            P(
                "Đoàn đã nghe báo cáo tự đánh giá, kiểm tra hồ sơ và khảo sát thực tế cơ sở vật chất, "
                "thiết bị dạy học, thư viện của nhà trường.",
                "br",
            ),
            P(
                "Trường hiện có 42 lớp với 1.836 học sinh; 100% giáo viên đạt chuẩn trình độ đào tạo, "
                "trong đó 21 giáo viên có trình độ thạc sĩ.",
                "br",
            ),
            Img(f"{WEB}/Lists/TinTuc/Attachments/114/kiem-tra-chuan-qg.jpg", None, None, "bare"),
            P(
                "Kết luận buổi làm việc, đoàn kiểm tra đánh giá cao sự chuẩn bị của nhà trường và đề "
                "nghị trường bổ sung một số minh chứng về hoạt động giáo dục kỹ năng sống trước khi đoàn "
                "hoàn thiện hồ sơ trình công nhận.",
                "div",
            ),
            Raw(
                '<div style="text-align:right"><em><span class="ms-rteFontSize-1">Nguồn: Website trường '
                "THCS Nguyễn Du</span></em></div>"
            ),
        ],
        source="Website trường THCS Nguyễn Du",
        opts={"kind": "item", "date": "12/11/2026 3:00:00 CH", "posted": "12/11/2026"},
    ),
    _s(
        2029,
        "tap-huan-chuyen-doi-so-giao-vien-mam-non",
        "Tập huấn ứng dụng chuyển đổi số trong quản lý và tổ chức hoạt động cho giáo viên mầm non",
        2,
        "2026-11-06T08:00:00+07:00",
        [
            Img(f"{WEB}/PublishingImages/2026/11/tap-huan-mn.jpg?RenditionID=5", None, None, "pageimg"),
            P(
                "Lớp tập huấn do Phòng Giáo dục và Đào tạo phối hợp với Trung tâm Công nghệ thông tin "
                "và Truyền thông quận tổ chức tại Trường Mầm non Hoa Sen.",
                "p",
            ),
            P(
                "Các học viên được hướng dẫn cập nhật hồ sơ trẻ, theo dõi sức khỏe, tính khẩu phần ăn "
                "trên phần mềm, đồng thời thực hành thiết kế bài giảng điện tử và học liệu số cho các "
                "hoạt động làm quen với toán, khám phá khoa học.",
                "p",
            ),
            P(
                "Sau tập huấn, mỗi trường mầm non sẽ cử hai giáo viên cốt cán làm đầu mối hỗ trợ đồng "
                "nghiệp trong quá trình triển khai.",
                "p",
            ),
        ],
        authors=["Hoàng Yến"],
        summary=(
            "Từ ngày 04 đến 06/11/2026, gần 400 cán bộ quản lý và giáo viên mầm non trên địa bàn quận "
            "được tập huấn sử dụng phần mềm quản lý trẻ và thiết kế hoạt động học có ứng dụng công nghệ "
            "thông tin."
        ),
        sapo_outside=True,
        opts={
            "kind": "page",
            "date": "11/6/2026 8:00 AM",
            "posted": "06/11/2026",
            "byline": "Hoàng Yến (Tổ Mầm non)",
        },
    ),
    _s(
        112,
        "phat-dong-hoi-thi-giai-dieu-tuoi-hong",
        "Phát động Hội thi “Giai điệu tuổi hồng” năm học 2026 - 2027",
        4,
        "2026-11-03",
        [
            P(
                "Nhằm tạo sân chơi lành mạnh, bổ ích cho học sinh, Hội đồng Đội quận Gò Vấp phối hợp "
                "với Phòng Giáo dục và Đào tạo phát động Hội thi “Giai điệu tuổi hồng” năm học 2026 - "
                "2027.",
                "p",
            ),
            P(
                "Hội thi dành cho học sinh tiểu học và trung học cơ sở với hai nội dung: đơn ca, song ca "
                "và tốp ca; múa và nhạc cụ dân tộc.",
                "p",
            ),
            P(
                "Vòng sơ khảo tổ chức tại các liên đội trong tháng 11/2026; vòng chung kết dự kiến diễn "
                "ra vào ngày 20/12/2026 tại Nhà Thiếu nhi quận.",
                "p",
            ),
            Raw(f'<p style="text-align:right">{ZW}<em>Hội đồng Đội quận</em></p>'),
        ],
        authors=["Hội đồng Đội quận"],
        opts={"kind": "item", "date": "03/11/2026 12:00:00 SA", "posted": "03/11/2026"},
    ),
    _s(
        2024,
        "hoi-nghi-vien-chuc-nam-hoc-2026-2027",
        "100% trường học hoàn thành Hội nghị viên chức năm học 2026 - 2027",
        1,
        "2026-10-28T16:45:00+07:00",
        [
            Img(
                f"{WEB}/PublishingImages/2026/10/hoi-nghi-vc.jpg?RenditionID=5",
                "Hội nghị viên chức Trường THCS Phan Tây Hồ",
                "Hội nghị viên chức Trường THCS Phan Tây Hồ",
                "pageimg",
            ),
            P(
                "Tính đến ngày 27/10/2026, 100% trường mầm non, tiểu học, trung học cơ sở công lập trên "
                "địa bàn quận Gò Vấp đã tổ chức xong Hội nghị viên chức năm học 2026 - 2027.",
                "div",
            ),
            P(
                "Tại các hội nghị, viên chức đã thảo luận, đóng góp ý kiến vào kế hoạch năm học, quy chế "
                "chi tiêu nội bộ, quy chế dân chủ cơ sở và ký kết giao ước thi đua.",
                "div",
            ),
            P(
                "Nhiều ý kiến tập trung vào việc giảm áp lực hồ sơ sổ sách cho giáo viên, tăng cường ứng "
                "dụng sổ điểm điện tử và học bạ số.",
                "div",
            ),
            P(
                "Phòng Giáo dục và Đào tạo đề nghị các trường công khai kết quả hội nghị và triển khai "
                "thực hiện nghiêm túc các nghị quyết đã thông qua.",
                "div",
            ),
        ],
        authors=["Phạm Ngọc Lan"],
        opts={
            "kind": "page",
            "date": "10/28/2026 4:45 PM",
            "posted": "28/10/2026",
            "byline": "ThS. Phạm Ngọc Lan",
        },
    ),
    _s(
        109,
        "kiem-tra-ban-tru-mam-non",
        "Kiểm tra công tác tổ chức bán trú tại các trường mầm non trên địa bàn quận",
        2,
        "2026-10-21T09:10:00+07:00",
        [
            P(
                "Từ ngày 12 đến 20/10/2026, Đoàn kiểm tra liên ngành gồm Phòng Giáo dục và Đào tạo, "
                "Trung tâm Y tế và Phòng Kinh tế quận đã kiểm tra công tác bán trú tại 15 trường mầm non "
                "công lập và 9 trường mầm non tư thục.",
                "div",
            ),
            P("Nội dung kiểm tra", "pb"),
            P("Hồ sơ pháp lý về an toàn thực phẩm và hợp đồng cung cấp thực phẩm;", "li"),
            P("Quy trình bếp một chiều, lưu mẫu thức ăn, vệ sinh nhà bếp;", "li"),
            P("Khẩu phần ăn và việc công khai thực đơn cho phụ huynh.", "li"),
            P(
                "Qua kiểm tra, các trường cơ bản thực hiện đúng quy định. Đoàn đề nghị 3 trường khắc "
                "phục việc ghi chép sổ kiểm thực ba bước trước ngày 30/10/2026.",
                "div",
            ),
        ],
        authors=["Trần Thị Mai Anh"],
        opts={
            "kind": "item",
            "date": "21/10/2026 9:10:00 SA",
            "posted": "21/10/2026",
            "tacgia": "Trần Thị Mai Anh",
        },
    ),
    _s(
        2019,
        "khai-giang-lop-boi-duong-can-bo-quan-ly",
        "Khai giảng lớp bồi dưỡng nghiệp vụ quản lý cho cán bộ quản lý trường học năm 2026",
        1,
        "2026-10-14T14:00:00+07:00",
        [
            Img(
                f"{WEB}/PublishingImages/2026/10/khai-giang-bd-cbql.jpg?RenditionID=5",
                "(Quang cảnh lễ khai giảng)",
                "Quang cảnh lễ khai giảng",
                "pageimg",
            ),
            P(
                "Sáng 14/10/2026, Phòng Giáo dục và Đào tạo quận Gò Vấp phối hợp với Trung tâm Chính trị "
                "quận khai giảng lớp bồi dưỡng nghiệp vụ quản lý giáo dục cho 76 cán bộ quản lý trường "
                "học.",
                "p",
            ),
            P(
                "Trong 6 tuần, học viên được bồi dưỡng các chuyên đề: quản trị nhà trường theo hướng tự "
                "chủ, quản lý tài chính, xây dựng văn hóa nhà trường và chuyển đổi số trong quản lý giáo "
                "dục.",
                "p",
            ),
            P(
                "Lớp học được tổ chức vào chiều thứ Bảy hằng tuần, kết hợp học trực tiếp và trực tuyến.",
                "p",
            ),
            Raw(
                f'<p style="text-align:right">{ZW}<em>Theo Trung tâm Chính trị quận Gò Vấp</em></p>'
            ),
        ],
        source="Trung tâm Chính trị quận Gò Vấp",
        opts={"kind": "page", "date": "10/14/2026 2:00 PM", "posted": "14/10/2026", "byline": ""},
    ),
    _s(
        105,
        "lich-tiep-cong-dan-quy-iv",
        "Lịch tiếp công dân của lãnh đạo Phòng Giáo dục và Đào tạo quý IV năm 2026",
        3,
        "2026-10-05T08:00:00+07:00",
        [
            P(
                "Phòng Giáo dục và Đào tạo quận Gò Vấp thông báo lịch tiếp công dân định kỳ của lãnh đạo "
                "Phòng trong quý IV năm 2026 như sau:",
                "div",
            ),
            P("Thời gian | Người tiếp | Địa điểm", "th"),
            P(
                "Thứ Năm, 15/10/2026 | Trưởng phòng Nguyễn Văn Hùng | Phòng tiếp công dân, số 19 Quang "
                "Trung",
                "tr",
            ),
            P(
                "Thứ Năm, 19/11/2026 | Phó Trưởng phòng Lý Thị Hồng | Phòng tiếp công dân, số 19 Quang "
                "Trung",
                "tr",
            ),
            P(
                "Thứ Năm, 17/12/2026 | Trưởng phòng Nguyễn Văn Hùng | Phòng tiếp công dân, số 19 Quang "
                "Trung",
                "tr",
            ),
            P(
                "Công dân có nhu cầu vui lòng đăng ký trước qua số điện thoại (028) 3894 1234 trong giờ "
                "hành chính.",
                "div",
            ),
        ],
        opts={"kind": "item", "date": "05/10/2026 8:00:00 SA", "posted": "05/10/2026"},
    ),
]

BY_PATH: dict[str, Story] = {}


def article_path(story: Story) -> str:
    if story.opts["kind"] == "page":
        return f"{WEB}/Pages/{story.slug}.aspx"
    return f"{NEWS}?ItemID={story.id}"


def cased_path(story: Story) -> str:
    """The address the "Tin liên quan" CQWP prints (site URL typed with capitals)."""
    return article_path(story).replace(WEB, "/PhongGiaoDuc", 1)


def dialog_path(story: Story) -> str:
    return article_path(story) + "&IsDlg=1"


def _posted_key(story: Story) -> tuple[int, int, int]:
    d, m, y = (int(x) for x in story.opts["posted"].split("/"))
    return (y, m, d)


ORDERED = sorted(STORIES, key=_posted_key, reverse=True)


def cat_id(story: Story) -> int:
    return next(k for k, v in CATS.items() if v == story.cat)


def related(story: Story) -> list[Story]:
    """The section's 3 newest, the story itself left out (older ones only in the lists)."""
    top = [s for s in ORDERED if s.cat == story.cat][:3]
    return [s for s in top if s is not story]


def copyutil_path(story: Story) -> str:
    list_id = PAGES_LIST_ID if story.opts["kind"] == "page" else NEWS_LIST_ID
    query = urlencode(
        {
            "Use": "id",
            "Action": "dispform",
            "ItemId": story.id,
            "ListId": list_id,
            "WebId": WEB_ID,
            "SiteId": SITE_ID,
        },
        safe="{}",
    )
    return f"/_layouts/15/CopyUtil.aspx?{query}"


# --- the page around the content -------------------------------------------------------------

MENU = [
    ("Trang chủ", HOME, []),
    (
        "Giới thiệu",
        f"{WEB}/Pages/gioi-thieu.aspx",
        [("Giới thiệu chung", f"{WEB}/Pages/gioi-thieu.aspx"), ("Cơ cấu tổ chức", f"{WEB}/Pages/co-cau-to-chuc.aspx")],
    ),
    ("Tin tức", NEWS, [(name, f"{NEWS}?CatID={k}") for k, name in CATS.items()]),
    ("Văn bản", f"{WEB}/Pages/van-ban.aspx", []),
    ("Thư viện ảnh", f"{WEB}/Pages/thu-vien-anh.aspx", []),
    ("Liên hệ", f"{WEB}/Pages/lien-he.aspx", []),
]


def _menu(selected: str | None) -> str:
    items = []
    for name, href, children in MENU:
        child_names = [c for c, _ in children]
        sel = " selected" if selected and (selected == name or selected in child_names) else ""
        dyn = " dynamic-children" if children else ""
        sub = ""
        if children:
            lis = "".join(
                f'<li class="dynamic{" selected" if selected == c else ""}"><a class="dynamic menu-item '
                f'ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="{esc(h)}" tabindex="0">'
                f'<span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">'
                f"{esc(c)}</span></span></a></li>"
                for c, h in children
            )
            sub = f'<ul class="dynamic">{lis}</ul>'
        items.append(
            f'<li class="static{dyn}{sel}"><a class="static{dyn}{sel} menu-item ms-core-listMenu-item '
            f'ms-displayInline ms-navedit-linkNode" href="{esc(href)}" tabindex="0"><span '
            f'class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">{esc(name)}'
            f"</span></span></a>{sub}</li>"
        )
    return (
        '<div id="DeltaTopNavigation" class="ms-displayInline ms-core-navigation" role="navigation">'
        '<div id="zz12_TopNavigationMenu" class=" noindex ms-core-listMenu-horizontalBox">'
        f'<ul id="zz13_RootAspMenu" class="root ms-core-listMenu-root static">{"".join(items)}</ul>'
        "</div></div>"
    )


SEP = (
    '<span style="height:16px;width:16px;position:relative;display:inline-block;overflow:hidden;" '
    'class="s4-clust ms-ltr"><img src="/_layouts/15/images/spcommon.png?rev=23" alt=":" '
    'style="position:absolute;left:-109px !important;top:-232px !important;" /></span>'
)


def _title_area(last: str) -> str:
    """SharePoint's title-area breadcrumb: the page's only h1."""
    return (
        '<div id="s4-titlerow" class="ms-dialogHidden s4-titlerowhidetitle"><div class="ms-table '
        'ms-fullWidth"><div class="ms-tableRow"><div class="ms-tableCell ms-verticalAlignTop">'
        '<h1 id="pageTitle" class="ms-core-pageTitle"><span id="DeltaPlaceHolderPageTitleInTitleArea">'
        f'<span><a title="Phòng Giáo dục và Đào tạo" href="{WEB}/">Phòng Giáo dục và Đào tạo</a></span>'
        f'{SEP}<span><a href="{WEB}/Pages/Forms/AllItems.aspx">Pages</a></span>{SEP}'
        f'<span class="ms-pageTitle-current">{esc(last)}</span></span>'
        '<div id="DeltaPlaceHolderPageDescription" class="ms-displayInlineBlock ms-normalWrap">'
        '<a href="javascript:;" id="ms-pageDescriptionDiv" style="display:none;"><span '
        'id="ms-pageDescriptionImage">&#160;</span></a><span class="ms-accessible" '
        'id="ms-pageDescription"></span></div></h1></div></div></div></div>'
    )


def _sidebar() -> str:
    docs = "".join(
        f'<li><a href="{WEB}/Pages/van-ban.aspx?ItemID={d["id"]}">{esc(d["so"])}</a> - {esc(d["trichyeu"])}</li>'
        for d in DOCS
    )
    return (
        '<div class="pgd-cotphai">'
        '<div class="ms-webpart-chrome"><div class="ms-webpart-chrome-title"><h2 class="ms-webpart-titleText">'
        "<nobr><span>Văn bản mới</span></nobr></h2></div>"
        f'<div class="ms-WPBody noindex"><ul class="pgd-vb">{docs}</ul></div></div>'
        '<div class="ms-webpart-chrome"><div class="ms-webpart-chrome-title"><h2 class="ms-webpart-titleText">'
        "<nobr><span>Liên kết website</span></nobr></h2></div><div class=\"ms-WPBody\">"
        '<select onchange="if(this.value)window.open(this.value)"><option value="">-- Chọn liên kết --</option>'
        '<option value="https://hcm.edu.vn">Sở Giáo dục và Đào tạo TP.HCM</option>'
        '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="https://govap.hochiminhcity.gov.vn">Cổng thông tin quận Gò Vấp</option>'
        "</select></div></div>"
        '<div class="ms-webpart-chrome"><div class="ms-webpart-chrome-title"><h2 class="ms-webpart-titleText">'
        "<nobr><span>Thăm dò ý kiến</span></nobr></h2></div><div class=\"ms-WPBody\">"
        "<div>Bạn đánh giá thế nào về giao diện trang thông tin?</div>"
        f'<input type="radio" name="{WP}$bc" value="1" id="bc1"/><label for="bc1">Đẹp, dễ sử dụng</label><br/>'
        f'<input type="radio" name="{WP}$bc" value="2" id="bc2"/><label for="bc2">Bình thường</label><br/>'
        f'<input type="radio" name="{WP}$bc" value="3" id="bc3"/><label for="bc3">Cần cải tiến</label><br/>'
        f'<input type="submit" name="{WP}$btnBinhChon" value="Bình chọn" onclick="return false;"/>'
        "</div></div>"
        '<div class="ms-webpart-chrome"><div class="ms-webpart-chrome-title"><h2 class="ms-webpart-titleText">'
        "<nobr><span>Thống kê truy cập</span></nobr></h2></div><div class=\"ms-WPBody\">"
        '<table class="pgd-tk"><tr><td>Đang online:</td><td>14</td></tr><tr><td>Hôm nay:</td><td>382</td></tr>'
        "<tr><td>Tổng truy cập:</td><td>1.284.605</td></tr></table></div></div>"
        "</div>"
    )


def _hidden_fields(viewstate: str) -> str:
    fields = [
        ("_wpcmWpid", ""),
        ("wpcmVal", ""),
        ("MSOWebPartPage_PostbackSource", ""),
        ("MSOTlPn_SelectedWpId", ""),
        ("MSOTlPn_View", "0"),
        ("MSOTlPn_ShowSettings", "False"),
        ("MSOGallery_SelectedLibrary", ""),
        ("MSOGallery_FilterString", ""),
        ("MSOTlPn_Button", "none"),
        ("__EVENTTARGET", ""),
        ("__EVENTARGUMENT", ""),
        ("__REQUESTDIGEST", "0x8F3A" + opaque("digest" + viewstate, 60)[:120].upper().replace("/", "A") + ",05 Dec 2026 02:11:43 -0000"),
        ("MSOSPWebPartManager_DisplayModeName", "Browse"),
        ("MSOSPWebPartManager_ExitingDesignMode", "false"),
        ("MSOWebPartPage_Shared", ""),
        ("MSOLayout_LayoutChanges", ""),
        ("MSOLayout_InDesignMode", ""),
        ("MSOSPWebPartManager_OldDisplayModeName", "Browse"),
        ("MSOSPWebPartManager_StartWebPartEditingName", "false"),
        ("MSOSPWebPartManager_EndWebPartEditing", "false"),
        ("__VIEWSTATE", viewstate),
    ]
    inputs = "".join(f'<input type="hidden" name="{n}" id="{n}" value="{esc(v)}" />' for n, v in fields)
    return (
        f'<div class="aspNetHidden">{inputs}</div>'
        "<script type=\"text/javascript\">\n//<![CDATA[\nvar theForm = document.forms['aspnetForm'];\n"
        "function __doPostBack(eventTarget, eventArgument) {\n    if (!theForm.onsubmit || "
        "(theForm.onsubmit() != false)) {\n        theForm.__EVENTTARGET.value = eventTarget;\n"
        "        theForm.__EVENTARGUMENT.value = eventArgument;\n        theForm.submit();\n    }\n}\n"
        "//]]>\n</script>"
    )


def _event_validation(viewstate: str) -> str:
    return (
        '<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATEGENERATOR" '
        'id="__VIEWSTATEGENERATOR" value="BAB98CB3" /><input type="hidden" name="__EVENTVALIDATION" '
        f'id="__EVENTVALIDATION" value="{opaque("ev" + viewstate, 96)}" /></div>'
    )


def page(
    request: Request,
    *,
    title_tag: str,
    h1_last: str,
    main: str,
    action: str,
    viewstate: str,
    canonical: str | None = None,
    selected: str | None = None,
    dialog: bool = False,
    description: str | None = None,
) -> Response:
    head_extra = ""
    if canonical:
        head_extra += f'<link rel="canonical" href="{esc(base_url(request) + canonical)}" />'
    if description:
        head_extra += f'<meta name="description" content="{esc(description)}" />'
    head = (
        '<!DOCTYPE html><html dir="ltr" lang="vi-VN"'
        + (' class="ms-dialog"' if dialog else "")
        + '><head><meta name="GENERATOR" content="Microsoft SharePoint" />'
        '<meta http-equiv="Content-type" content="text/html; charset=utf-8" />'
        '<meta http-equiv="X-UA-Compatible" content="IE=10" />'
        '<meta http-equiv="Expires" content="0" />'
        f"<title>\r\n\t{esc(title_tag)}\r\n</title>"
        '<link rel="shortcut icon" href="/_layouts/15/images/favicon.ico?rev=23" type="image/vnd.microsoft.icon" />'
        '<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css?rev=2bpHeX5U8DCAA3HXSwEkwA%3D%3D"/>'
        '<link rel="stylesheet" type="text/css" href="/Style%20Library/govap/css/pgd.css"/>'
        '<script type="text/javascript" src="/_layouts/15/init.js?rev=ZB4Ha3AnUD0CR2dHtTNv%2Fg%3D%3D"></script>'
        '<script type="text/javascript" src="/ScriptResource.axd?d=nv7asgRUU0tRmHNR2D6t1Hqw&amp;t=ffffffffecf19baa"></script>'
        f"{head_extra}</head>"
    )
    form_open = (
        f'<body><div id="imgPrefetch" style="display:none"></div>'
        f'<form method="post" action="{esc(action)}" onsubmit="javascript:return WebForm_OnSubmit();" '
        f'id="aspnetForm">{_hidden_fields(viewstate)}'
    )
    form_close = f"{_event_validation(viewstate)}</form></body></html>"
    if dialog:
        return html(
            head + form_open + f'<div id="s4-workspace"><div id="s4-bodyContainer"><div id="contentBox">'
            f'<div id="DeltaPlaceHolderMain">{main}</div></div></div></div>' + form_close
        )
    header = (
        '<div id="ms-designer-ribbon"><div id="s4-ribbonrow" style="height:35px"><div id="s4-ribboncont">'
        '<span class="ms-siteactions-root"><a href="/_layouts/15/Authenticate.aspx?Source=%2Fphonggiaoduc%2FPages%2Fdefault%2Easpx" '
        'class="ms-signInLink" style="display:inline;">Đăng nhập</a></span></div></div></div>'
        '<div id="s4-workspace"><div id="s4-bodyContainer">'
        '<div class="pgd-top"><span class="pgd-ngayhomnay">' + TODAY_LINE + "</span>"
        '<span class="pgd-toplinks"><a href="https://govap.hochiminhcity.gov.vn">Cổng thông tin điện tử '
        'quận Gò Vấp</a> | <a href="https://govap.hochiminhcity.gov.vn/en">English</a></span></div>'
        '<div id="pgd-banner"><a href="' + HOME + '"><img src="/Style%20Library/govap/images/banner-pgd.png" '
        'alt="Phòng Giáo dục và Đào tạo quận Gò Vấp" /></a>'
        '<div class="ms-srch-sb ms-srch-sb-border"><input name="ctl00$PlaceHolderSearchArea$SmallSearchInputBox1$csr_sbox" '
        'type="text" maxlength="2048" title="Tìm kiếm..." id="ctl00_PlaceHolderSearchArea_SmallSearchInputBox1_csr_sbox" '
        'class="ms-textSmall ms-srch-sb-prompt ms-helperText" />'
        '<a title="Tìm kiếm" class="ms-srch-sb-searchLink" href="javascript: {}" '
        "onclick=\"window.location='/_layouts/15/osssearchresults.aspx?k='+encodeURIComponent("
        "document.getElementById('ctl00_PlaceHolderSearchArea_SmallSearchInputBox1_csr_sbox').value)\">"
        '<img src="/_layouts/15/images/searchresultui.png?rev=23" alt="Tìm kiếm" /></a></div></div>'
        + _menu(selected)
        + _title_area(h1_last)
    )
    footer = (
        '<div id="pgd-footer"><div class="pgd-ft-l"><b>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO QUẬN GÒ VẤP</b><br/>'
        "Địa chỉ: 19 Quang Trung, Phường 10, quận Gò Vấp, TP. Hồ Chí Minh<br/>"
        "Điện thoại: (028) 3894 1234 - Fax: (028) 3894 1235<br/>"
        'Email: <a href="mailto:pgd.govap@tphcm.gov.vn">pgd.govap@tphcm.gov.vn</a></div>'
        '<div class="pgd-ft-r">Chịu trách nhiệm chính: Trưởng phòng Nguyễn Văn Hùng<br/>'
        "© 2026 Ủy ban nhân dân quận Gò Vấp. Ghi rõ nguồn khi phát hành lại thông tin từ trang này.</div></div>"
        "</div></div>"
    )
    body = (
        header
        + '<div id="contentRow"><div id="contentBox" aria-live="polite" aria-relevant="all">'
        '<div id="notificationArea" class="ms-notif-box"></div>'
        f'<div id="DeltaPlaceHolderMain"><div class="pgd-cottrai">{main}</div>{_sidebar()}</div>'
        "</div></div>" + footer
    )
    return html(head + form_open + body + form_close)


# --- rich text --------------------------------------------------------------------------------


def _img_tag(src: str, alt: str = "") -> str:
    return f'<img alt="{esc(alt)}" src="{esc(src)}" style="margin:5px;width:560px;" />'


def rte(blocks, *, start_zw: bool = True) -> str:
    """The content of a rich html field as the SP 2013 editor writes it."""
    out: list[str] = [ZW] if start_zw else []
    i = 0
    blocks = list(blocks)
    n_div = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
            continue
        if isinstance(b, Img):
            if b.style == "pageimg":
                i += 1
                continue
            if b.style == "rtetable":
                out.append(
                    '<table class="ms-rteTable-default" cellspacing="0" style="width:100%"><tbody>'
                    '<tr class="ms-rteTableEvenRow-default"><td class="ms-rteTableEvenCol-default" '
                    f'style="text-align:center">{_img_tag(b.src)}</td></tr>'
                    '<tr class="ms-rteTableOddRow-default"><td class="ms-rteTableEvenCol-default" '
                    f'style="text-align:center"><em>{esc(b.printed or "")}</em></td></tr></tbody></table>'
                )
            elif b.style == "next":
                out.append(f'<div style="text-align:center">{ZW}{_img_tag(b.src)}</div>')
                out.append(
                    f'<div style="text-align:center"><em><span class="ms-rteFontSize-1">{esc(b.printed or "")}'
                    "</span></em></div>"
                )
            else:
                out.append(f'<div style="text-align:center">{_img_tag(b.src)}</div>')
            out.append(f"<div>{ZW}</div>")
            i += 1
            continue
        style = b.style
        if style in ("li", "tr", "th", "br"):
            group = []
            while i < len(blocks) and isinstance(blocks[i], P) and (
                blocks[i].style == style or (style in ("tr", "th") and blocks[i].style in ("tr", "th"))
            ):
                group.append(blocks[i])
                i += 1
            if style == "li":
                out.append("<ul>" + "".join(f"<li>{esc(g.text)}</li>" for g in group) + "</ul>")
            elif style == "br":
                out.append("<div>" + "<br/>".join(f"{ZW}{esc(g.text)}" for g in group) + "</div>")
            else:
                rows = []
                for r, g in enumerate(group):
                    cells = g.text.split(" | ")
                    parity = "Even" if r % 2 == 0 else "Odd"
                    if g.style == "th":
                        rows.append(
                            '<tr class="ms-rteTableHeaderRow-1">'
                            + "".join(f'<th class="ms-rteTableHeaderEvenCol-1" rowspan="1" colspan="1">{esc(c)}</th>' for c in cells)
                            + "</tr>"
                        )
                    else:
                        rows.append(
                            f'<tr class="ms-rteTable{parity}Row-1">'
                            + "".join(f'<td class="ms-rteTableEvenCol-1">{esc(c)}</td>' for c in cells)
                            + "</tr>"
                        )
                out.append(
                    '<table width="100%" class="ms-rteTable-1" cellspacing="0"><tbody>' + "".join(rows) + "</tbody></table>"
                )
            continue
        t = esc(b.text)
        if style == "h3":
            out.append(f'<h3 class="ms-rteElement-H3B">{ZW}{t}</h3>')
        elif style == "p":
            out.append(f'<p class="ms-rteElement-P">{t}</p>')
        elif style == "pb":
            out.append(f'<p class="ms-rteElement-P"><strong>{t}</strong></p>')
        elif style == "b":
            out.append(f'<div><strong><span class="ms-rteThemeForeColor-5-4">{ZW}{t}</span></strong></div>')
        elif style == "quote":
            out.append(f'<blockquote><div><em>{t}</em></div></blockquote>')
        else:
            n_div += 1
            # every second line begins with the editor's zero-width space
            out.append(f"<div>{ZW if n_div % 2 else '&#8203;'}{t}</div>")
            if n_div == 2:
                out.append("<div>&#8203;</div>")
        i += 1
    return "".join(out)


def _fmt_title_link(story: Story, href: str, new_marker: bool = False) -> str:
    marker = (
        '<span class="ms-newdocument-iconouter"><img class="ms-newdocument-icon" '
        'src="/_layouts/15/images/spcommon.png?rev=23" alt="mới" title="mới" /></span>'
        if new_marker
        else ""
    )
    return f'<a href="{esc(href)}" title="{esc(story.title)}">{esc(story.title)}</a>{marker}'


def _is_new(story: Story) -> bool:
    return _posted_key(story) >= (2026, 12, 1)


def _rollup_src(story: Story) -> str:
    name = story.opts.get("rollup") or f"{story.slug}-thumb.jpg"
    return f"{WEB}/PublishingImages/Rollup/{name}?RenditionID=2"


def _teaser(story: Story) -> str:
    first = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    return first if len(first) < 160 else first[:157].rsplit(" ", 1)[0] + "..."


def _related_box(story: Story, title: str, cased: bool) -> str:
    lis = []
    for s in related(story):
        href = cased_path(s) if (cased and s.opts["kind"] == "page") else article_path(s)
        lis.append(
            '<li class="dfwp-item"><div class="item link-item">'
            f"{_fmt_title_link(s, href)} <span class=\"pgd-ngay-nho\">({s.opts['posted']})</span></div></li>"
        )
    return (
        '<div class="ms-webpart-chrome ms-webpart-chrome-vertical"><div class="ms-webpart-chrome-title">'
        f'<h2 class="ms-webpart-titleText"><nobr><span>{esc(title)}</span></nobr></h2></div>'
        '<div class="ms-WPBody noindex"><div class="slm-layout-main"><ul class="dfwp-column dfwp-list" '
        f'style="width:100%">{"".join(lis)}</ul></div></div></div>'
    )


# --- article templates ------------------------------------------------------------------------


def publishing_page(request: Request, story: Story, dialog: bool = False) -> Response:
    path = article_path(story)
    pimg = next((b for b in story.blocks if isinstance(b, Img) and b.style == "pageimg"), None)
    if pimg:
        cap = (
            '<div class="pgd-bv-chuthich"><div id="ctl00_PlaceHolderMain_ctl05__ControlWrapper_RichHtmlField" '
            f'class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl05_label">'
            f"{ZW}{esc(pimg.printed)}</div></div>"
            if pimg.printed
            else ""
        )
        image_html = (
            '<div class="captioned-image"><div class="image"><div id="ctl00_PlaceHolderMain_ctl04__ControlWrapper_RichImageField" '
            'class="ms-rtestate-field" style="display:inline"><div class="ms-rtestate-field">'
            f'<img alt="" src="{esc(pimg.src)}" style="BORDER:0px solid;" /></div></div></div>{cap}</div>'
        )
    else:
        image_html = (
            '<div class="captioned-image"><div class="image"><div id="ctl00_PlaceHolderMain_ctl04__ControlWrapper_RichImageField" '
            'class="ms-rtestate-field" style="display:inline"><div class="ms-rtestate-field"></div></div></div></div>'
        )
    byline = story.opts.get("byline") or ""
    sapo = (
        f'<div class="pgd-bv-tt"><b>{esc(story.summary)}</b></div>' if story.summary and story.sapo_outside else ""
    )
    main = (
        '<div class="article pgd-baiviet">'
        '<div class="pgd-bv-dau">'
        f'<div class="pgd-bv-td">{esc(story.title)}</div>'
        '<div class="pgd-bv-tt-phu"><span class="pgd-nhan">Chuyên mục:</span> '
        f'<span class="ms-taxonomy-fieldValue"><a href="{NEWS}?CatID={cat_id(story)}">{esc(story.cat)}</a></span>'
        ' &nbsp;|&nbsp; <span class="pgd-nhan">Ngày đăng:</span> '
        '<span id="ctl00_PlaceHolderMain_ctl03__ControlWrapper_DateTimeField" class="pgd-bv-ngay">'
        f"{esc(story.opts['date'])}</span></div>"
        + (
            f'<div class="by-line"><span id="ctl00_PlaceHolderMain_ctl02__ControlWrapper_TextField">{esc(byline)}</span></div>'
            if byline
            else '<div class="by-line"></div>'
        )
        + "</div>"
        + image_html
        + sapo
        + '<div class="article-content"><div id="ctl00_PlaceHolderMain_ctl06__ControlWrapper_RichHtmlField" '
        'class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl06_label">'
        + rte(story.blocks)
        + "</div></div>"
        + '<div class="pgd-bv-cuoi"><span class="pgd-capnhat">Cập nhật lần cuối: 12/4/2026 9:15 AM bởi '
        "GOVAP\\pgd.govap</span>"
        ' <a href="javascript:window.print();" class="pgd-in"><img src="/_layouts/15/images/print.gif" alt="" /> In trang</a>'
        f' <a href="mailto:?subject={quote(story.title)}&amp;body={quote(base_url(request) + path)}">Gửi email</a>'
        f' <a href="https://www.facebook.com/sharer/sharer.php?u={quote(base_url(request) + path)}" '
        'target="_blank"><img src="/Style%20Library/govap/images/fb-share.png" alt="Chia sẻ Facebook" /></a></div>'
        "</div>"
        + _related_box(story, "Tin liên quan", cased=True)
    )
    return page(
        request,
        title_tag=story.title,
        h1_last=story.title,
        main=main,
        action=f"./{story.slug}.aspx",
        viewstate=opaque("vs-page" + story.slug, 180, b"\xff\x01"),
        canonical=path,
        selected=story.cat,
        dialog=dialog,
        description=story.summary,
    )


def item_view(request: Request, story: Story, dialog: bool = False) -> Response:
    path = article_path(story)
    ctl = "ctl00_ctl42_g_8c2b7a1e_6f0d_4b8e_9a57_3c1f2d9e4a10_ctl00"
    sapo = (
        f'<div class="pgdct-tt"><span id="{ctl}_lblTomTat">{esc(story.summary)}</span></div>'
        if story.summary and story.sapo_outside
        else ""
    )
    tacgia = story.opts.get("tacgia")
    attach = story.opts.get("attach") or []
    attach_html = ""
    if attach:
        links = "; ".join(
            f'<a href="{WEB}/Lists/TinTuc/Attachments/{story.id}/{esc(a)}">{esc(a)}</a>' for a in attach
        )
        attach_html = f'<div class="pgdct-dk"><img src="/_layouts/15/images/attach16.png" alt="" /> Tệp đính kèm: {links}</div>'
    main = (
        '<div class="ms-webpart-zone ms-fullWidth"><div id="MSOZoneCell_WebPartWPQ4" '
        'class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth">'
        '<div class="ms-webpart-chrome ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth">'
        '<div class="ms-webpart-chrome-title"><span title="Chi tiết tin" id="WebPartTitleWPQ4">'
        '<h2 class="ms-webpart-titleText"><nobr><span>Chi tiết tin</span><span id="WebPartCaptionWPQ4"></span>'
        "</nobr></h2></span></div>"
        '<div webpartid="3f6b2c1d-8e4a-4d90-b7c5-1a2e3f4d5c6b" haspers="false" id="WebPartWPQ4" '
        'width="100%" class="ms-WPBody noindex" allowdelete="false" style="">'
        f'<div id="{ctl}_pnChiTiet" class="pgdct">'
        '<table class="pgdct-dau" cellpadding="0" cellspacing="0" width="100%">'
        f'<tr><td class="pgdct-cm">Chuyên mục: <a href="{NEWS}?CatID={cat_id(story)}">{esc(story.cat)}</a></td></tr>'
        f'<tr><td class="pgdct-td"><span id="{ctl}_lblTieuDe">{esc(story.title)}</span></td></tr>'
        f'<tr><td class="pgdct-ngay"><span id="{ctl}_lblNgay">Ngày đăng: {esc(story.opts["date"])}</span>'
        f' &nbsp;|&nbsp; Lượt xem: <span id="{ctl}_lblLuotXem">{story.views()}</span>'
        f' &nbsp;|&nbsp; Người đăng: <span id="{ctl}_lblNguoiDang">pgd.govap</span></td></tr></table>'
        + sapo
        + f'<div id="{ctl}_ltrNoiDung" class="pgdct-nd"><div class="ExternalClass{story.id:04d}B7E2A91C4F6D8035E1A2B3C4">'
        + rte(story.blocks)
        + "</div></div>"
        + (f'<div class="pgdct-tg" style="text-align:right"><b>Tác giả: {esc(tacgia)}</b></div>' if tacgia else "")
        + attach_html
        + '<div class="pgdct-cc">'
        f'<a href="{esc(dialog_path(story))}" target="_blank"><img src="/_layouts/15/images/print.gif" alt="" /> In trang</a>'
        f' | <a href="mailto:?subject={quote(story.title)}">Gửi email</a>'
        f' | <a href="https://www.facebook.com/sharer/sharer.php?u={quote(base_url(request) + path)}" target="_blank">Chia sẻ</a>'
        ' | <a href="javascript:history.back();">Trở về</a></div>'
        "</div></div></div></div></div>"
        + _related_box(story, "Các tin khác", cased=False)
    )
    return page(
        request,
        title_tag="Tin tức",
        h1_last="Tin tức",
        main=main,
        action=f"./tin-tuc.aspx?ItemID={story.id}" + ("&IsDlg=1" if dialog else ""),
        viewstate=opaque(f"vs-item{story.id}", 220, b"\xff\x01"),
        canonical=NEWS,  # SharePoint 2013's SEO canonical drops the query string
        selected=story.cat,
        dialog=dialog,
    )


# --- listings with postback paging --------------------------------------------------------------

VIEWSTATES: dict[str, tuple[int, int]] = {}


def _list_items(cat: int) -> list[Story]:
    return [s for s in ORDERED if cat == 0 or cat_id(s) == cat]


def _page_size(cat: int) -> int:
    return 5 if cat == 0 else 3


def _viewstate(cat: int, pageno: int) -> str:
    vs = opaque(f"vs-list-{cat}-{pageno}", 300, b"\xff\x01\x0f\x0f")
    VIEWSTATES[vs] = (cat, pageno)
    return vs


for _cat in [0, *CATS]:
    for _no in range(1, 1 + -(-len(_list_items(_cat)) // _page_size(_cat))):
        _viewstate(_cat, _no)


def list_page(request: Request, cat: int, pageno: int) -> Response:
    items = _list_items(cat)
    size = _page_size(cat)
    pages = max(1, -(-len(items) // size))
    shown = items[(pageno - 1) * size : pageno * size]
    rows = []
    for s in shown:
        href = article_path(s)
        thumb = (
            f'<a href="{esc(href)}"><img class="pgd-ds-anh" src="{esc(_rollup_src(s))}" alt="" /></a>'
            if s.opts["kind"] == "page"
            else ""
        )
        rows.append(
            '<tr class="pgd-ds-dong"><td class="pgd-ds-c1" valign="top">'
            + thumb
            + '</td><td class="pgd-ds-c2" valign="top"><div class="pgd-ds-td">'
            + _fmt_title_link(s, href, _is_new(s))
            + f'</div><div class="pgd-ds-ngay">({s.opts["posted"]})</div>'
            f'<div class="pgd-ds-mota">{esc(_teaser(s))}</div></td></tr>'
        )
    pager = []
    if pageno > 1:
        pager.append(f"<a href=\"javascript:__doPostBack('{WP}$ctl00$lbtTruoc','')\">‹ Trang trước</a>")
    for k in range(1, pages + 1):
        if k == pageno:
            pager.append(f'<span class="pgd-trang-ht">{k}</span>')
        else:
            pager.append(f"<a href=\"javascript:__doPostBack('{WP}$ctl00$rptTrang$ctl{k - 1:02d}$lbtTrang','')\">{k}</a>")
    if pageno < pages:
        pager.append(f"<a href=\"javascript:__doPostBack('{WP}$ctl00$lbtSau','')\">Trang sau ›</a>")
    name = CATS.get(cat, "Tin tức")
    main = (
        '<div class="ms-webpart-chrome ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth">'
        f'<div class="ms-webpart-chrome-title"><h2 class="ms-webpart-titleText"><nobr><span>{esc(name)}</span>'
        "</nobr></h2></div>"
        f'<div class="ms-WPBody noindex" id="WebPartWPQ3"><div id="{WP_ID}_ctl00_pnDanhSach">'
        f'<table class="pgd-ds" cellspacing="0" cellpadding="4" width="100%">{"".join(rows)}</table>'
        f'<div class="pgd-phantrang">Trang {pageno}/{pages}: {" ".join(pager)}</div>'
        "</div></div></div>"
    )
    action = "./tin-tuc.aspx" + (f"?CatID={cat}" if cat else "")
    return page(
        request,
        title_tag=name,
        h1_last="Tin tức",
        main=main,
        action=action,
        viewstate=_viewstate(cat, pageno),
        canonical=NEWS,
        selected=name if cat else "Tin tức",
    )


def _error_500() -> Response:
    return html(
        '<!DOCTYPE html><html><head><title>Lỗi</title></head><body><div id="ms-error">'
        "<h1>Rất tiếc, đã xảy ra sự cố</h1><p>Thông tin trạng thái không hợp lệ cho trang này và có thể bị hỏng.</p>"
        "<p>ID tương quan: 4b1e9f9c-61d3-2026-a5b1-0c2d3e4f5a6b</p></div></body></html>",
        status=500,
    )


def news_list(request: Request, cat: int) -> Response:
    if request.method != "POST":
        return list_page(request, cat, 1)
    form = request.form
    target = form.get("__EVENTTARGET", "")
    if not target:
        return list_page(request, cat, 1)
    state = VIEWSTATES.get(form.get("__VIEWSTATE", ""))
    if state is None or state[0] != cat:
        return _error_500()
    current = state[1]
    pages = max(1, -(-len(_list_items(cat)) // _page_size(cat)))
    if target == f"{WP}$ctl00$lbtSau":
        new = current + 1
    elif target == f"{WP}$ctl00$lbtTruoc":
        new = current - 1
    else:
        m = re.fullmatch(re.escape(WP) + r"\$ctl00\$rptTrang\$ctl(\d\d)\$lbtTrang", target)
        if not m:
            return list_page(request, cat, current)
        new = int(m.group(1)) + 1
    return list_page(request, cat, max(1, min(pages, new)))


# --- the other pages --------------------------------------------------------------------------

DOCS = [
    {
        "id": 41,
        "so": "1602/GDĐT-TH",
        "ngay": "04/12/2026",
        "trichyeu": "Về việc tổ chức kiểm tra cuối học kỳ I năm học 2026 - 2027 cấp Tiểu học",
        "file": "CV-1602-GDDT-TH.pdf",
    },
    {
        "id": 38,
        "so": "1511/KH-GDĐT",
        "ngay": "20/11/2026",
        "trichyeu": "Kế hoạch tổ chức Hội khỏe Phù Đổng cấp quận năm học 2026 - 2027",
        "file": "KH-1511-HKPD.pdf",
    },
]


def _simple(request: Request, title: str, inner: str, action: str, selected: str | None = None) -> Response:
    main = (
        '<div class="article pgd-trangtinh"><div class="pgd-bv-td">' + esc(title) + "</div>"
        '<div class="ms-rtestate-field">' + inner + "</div></div>"
    )
    return page(
        request,
        title_tag=title,
        h1_last=title,
        main=main,
        action=action,
        viewstate=opaque("vs-static" + title, 160, b"\xff\x01"),
        canonical=action.replace("./", f"{WEB}/Pages/").split("?")[0],
        selected=selected,
    )


def gioi_thieu(request: Request) -> Response:
    inner = (
        f"<div>{ZW}Phòng Giáo dục và Đào tạo quận Gò Vấp là cơ quan chuyên môn thuộc Ủy ban nhân dân quận, "
        "tham mưu, giúp Ủy ban nhân dân quận thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo trên "
        "địa bàn quận.</div><div>&#8203;</div>"
        "<div>Toàn quận hiện có 98 trường mầm non, tiểu học và trung học cơ sở (công lập và ngoài công lập) "
        "với hơn 110.000 học sinh và 6.200 cán bộ, giáo viên, nhân viên.</div>"
        '<h3 class="ms-rteElement-H3B">Chức năng, nhiệm vụ</h3>'
        "<ul><li>Trình Ủy ban nhân dân quận ban hành quyết định, chỉ thị, kế hoạch về giáo dục;</li>"
        "<li>Tổ chức thực hiện các văn bản quy phạm pháp luật về giáo dục trên địa bàn quận;</li>"
        "<li>Hướng dẫn, kiểm tra các cơ sở giáo dục thực hiện nhiệm vụ năm học.</li></ul>"
    )
    return _simple(request, "Giới thiệu chung", inner, "./gioi-thieu.aspx", "Giới thiệu chung")


def co_cau(request: Request) -> Response:
    inner = (
        '<table class="ms-rteTable-1" width="100%"><tbody>'
        '<tr class="ms-rteTableHeaderRow-1"><th>Họ và tên</th><th>Chức vụ</th><th>Điện thoại</th></tr>'
        "<tr><td>Nguyễn Văn Hùng</td><td>Trưởng phòng</td><td>(028) 3894 1234</td></tr>"
        "<tr><td>Lý Thị Hồng</td><td>Phó Trưởng phòng</td><td>(028) 3894 1236</td></tr>"
        "<tr><td>Trương Minh Đức</td><td>Phó Trưởng phòng</td><td>(028) 3894 1237</td></tr>"
        "</tbody></table>"
    )
    return _simple(request, "Cơ cấu tổ chức", inner, "./co-cau-to-chuc.aspx", "Cơ cấu tổ chức")


def lien_he(request: Request) -> Response:
    inner = (
        f"<div>{ZW}<strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO QUẬN GÒ VẤP</strong></div>"
        "<div>Địa chỉ: 19 Quang Trung, Phường 10, quận Gò Vấp, TP. Hồ Chí Minh</div>"
        "<div>Điện thoại: (028) 3894 1234</div>"
        '<div>Email: <a href="mailto:pgd.govap@tphcm.gov.vn">pgd.govap@tphcm.gov.vn</a></div>'
        "<div>Giờ tiếp nhận hồ sơ: sáng 7g30 - 11g30, chiều 13g00 - 17g00 (thứ Hai đến thứ Sáu)</div>"
    )
    return _simple(request, "Liên hệ", inner, "./lien-he.aspx", "Liên hệ")


def thu_vien_anh(request: Request) -> Response:
    photos = [
        ("album/hoi-thao-2026-01.jpg", "Hội thao Công đoàn ngành 2026"),
        ("album/hoi-thao-2026-02.jpg", "Hội thao Công đoàn ngành 2026"),
        ("album/khai-giang-2026-01.jpg", "Lễ khai giảng năm học 2026 - 2027"),
        ("album/stem-2026-01.jpg", "Ngày hội STEM"),
    ]
    cells = "".join(
        f'<td style="text-align:center"><a href="{WEB}/PublishingImages/{p}"><img src="{WEB}/PublishingImages/{p}'
        f'?RenditionID=2" alt="{esc(c)}" /></a><br/><span>{esc(c)}</span></td>'
        for p, c in photos
    )
    inner = f'<table class="pgd-album" width="100%"><tr>{cells}</tr></table>'
    return _simple(request, "Thư viện ảnh", inner, "./thu-vien-anh.aspx", "Thư viện ảnh")


def van_ban(request: Request) -> Response:
    item = request.params.get("ItemID")
    if item is None:
        rows = "".join(
            f'<tr><td><a href="{WEB}/Pages/van-ban.aspx?ItemID={d["id"]}">{esc(d["so"])}</a></td>'
            f'<td>{d["ngay"]}</td><td>{esc(d["trichyeu"])}</td></tr>'
            for d in DOCS
        )
        inner = (
            '<table class="ms-listviewtable" width="100%"><tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th>'
            f"<th>Trích yếu</th></tr>{rows}</table>"
        )
        return _simple(request, "Văn bản", inner, "./van-ban.aspx", "Văn bản")
    doc = next((d for d in DOCS if str(d["id"]) == item), None)
    if doc is None:
        return None
    inner = (
        '<table class="ms-formtable" width="100%">'
        f'<tr><td class="ms-formlabel">Số/Ký hiệu</td><td class="ms-formbody">{esc(doc["so"])}</td></tr>'
        f'<tr><td class="ms-formlabel">Ngày ban hành</td><td class="ms-formbody">{doc["ngay"]}</td></tr>'
        '<tr><td class="ms-formlabel">Cơ quan ban hành</td><td class="ms-formbody">Phòng Giáo dục và Đào tạo</td></tr>'
        f'<tr><td class="ms-formlabel">Trích yếu</td><td class="ms-formbody">{esc(doc["trichyeu"])}</td></tr>'
        f'<tr><td class="ms-formlabel">Tệp đính kèm</td><td class="ms-formbody"><a href="{WEB}/VanBan/{doc["file"]}">'
        f'{doc["file"]}</a></td></tr></table>'
    )
    resp = _simple(request, doc["so"], inner, f"./van-ban.aspx?ItemID={doc['id']}", "Văn bản")
    return resp


def home(request: Request) -> Response:
    featured = [s for s in ORDERED if s.opts["kind"] == "page"][:3]
    slider = "".join(
        '<li class="dfwp-item"><div class="item"><div class="image-area-left">'
        f'<a href="{esc(article_path(s))}" target=""><img class="image" src="{esc(_rollup_src(s))}" alt="" /></a></div>'
        f'<div class="link-item">{_fmt_title_link(s, article_path(s))}'
        f'<div class="description">{esc(_teaser(s))}</div></div></div></li>'
        for s in featured
    )
    newest = "".join(
        '<li class="dfwp-item"><div class="item link-item bullet">'
        f'{_fmt_title_link(s, copyutil_path(s), _is_new(s))} <span class="pgd-ngay-nho">({s.opts["posted"]})</span>'
        "</div></li>"
        for s in ORDERED[:5]
    )
    notices = " &nbsp;&bull;&nbsp; ".join(
        f'<a href="{esc(article_path(s))}">{esc(s.title)}</a>' for s in ORDERED if s.cat == "Thông báo"
    )
    main = (
        '<div class="pgd-thongbao"><b>Thông báo:</b> <marquee scrollamount="3" onmouseover="this.stop()" '
        f'onmouseout="this.start()">{notices}</marquee></div>'
        '<div class="ms-webpart-chrome ms-webpart-chrome-vertical"><div class="ms-webpart-chrome-title">'
        '<h2 class="ms-webpart-titleText"><nobr><span>Tin nổi bật</span></nobr></h2></div>'
        '<div class="ms-WPBody noindex"><div id="cbqwpctl00_ctl42_g_b1f0a2c3" class="cbq-layout-main">'
        f'<ul class="dfwp-column dfwp-list" style="width:100%">{slider}</ul></div></div></div>'
        '<div class="ms-webpart-chrome ms-webpart-chrome-vertical"><div class="ms-webpart-chrome-title">'
        '<h2 class="ms-webpart-titleText"><nobr><span>Tin mới</span></nobr></h2></div>'
        '<div class="ms-WPBody noindex"><div id="cbqwpctl00_ctl42_g_c2e1b3d4" class="cbq-layout-main">'
        f'<ul class="dfwp-column dfwp-list" style="width:100%">{newest}</ul>'
        f'<div class="pgd-xemtatca"><a href="{NEWS}">Xem tất cả »</a></div></div></div></div>'
    )
    return page(
        request,
        title_tag="Phòng Giáo dục và Đào tạo quận Gò Vấp - Trang chủ",
        h1_last="Trang chủ",
        main=main,
        action="./default.aspx",
        viewstate=opaque("vs-home", 200, b"\xff\x01"),
        canonical=HOME,
        selected="Trang chủ",
    )


def search(request: Request) -> Response:
    main = (
        '<div class="ms-srch-result"><div id="NoResult"><div class="ms-srch-result-noResultsTitle">'
        "Không có kết quả nào phù hợp với tìm kiếm của bạn.</div></div></div>"
    )
    return page(
        request,
        title_tag="Kết quả tìm kiếm",
        h1_last="Tìm kiếm",
        main=main,
        action="/_layouts/15/osssearchresults.aspx",
        viewstate=opaque("vs-search", 120, b"\xff\x01"),
    )


def _copyutil(request: Request) -> Response | None:
    qs = parse_qs(request.query)
    try:
        item = int(qs.get("ItemId", [""])[0])
    except ValueError:
        return None
    list_id = qs.get("ListId", [""])[0].upper()
    for s in STORIES:
        wanted = PAGES_LIST_ID if s.opts["kind"] == "page" else NEWS_LIST_ID
        if s.id == item and list_id == wanted:
            return redirect(article_path(s))
    return None


class Site:
    def __init__(self) -> None:
        self.pages = {f"{WEB}/pages/{s.slug}.aspx": s for s in STORIES if s.opts["kind"] == "page"}
        self.items = {s.id: s for s in STORIES if s.opts["kind"] == "item"}
        self.statics = {
            f"{WEB}/pages/gioi-thieu.aspx": gioi_thieu,
            f"{WEB}/pages/co-cau-to-chuc.aspx": co_cau,
            f"{WEB}/pages/lien-he.aspx": lien_he,
            f"{WEB}/pages/thu-vien-anh.aspx": thu_vien_anh,
            f"{WEB}/pages/van-ban.aspx": van_ban,
            f"{WEB}/pages/default.aspx": home,
            "/_layouts/15/osssearchresults.aspx": search,
        }

    def respond(self, request: Request) -> Response | None:
        low = request.path.lower()
        if low in ("/", WEB, WEB + "/", "/default.aspx"):
            return redirect(HOME)
        if low.startswith("/_layouts/15/authenticate.aspx"):
            return html("<html><body><h1>401 UNAUTHORIZED</h1></body></html>", status=401)
        if low == f"{WEB}/pages/forms/allitems.aspx":
            return redirect("/_layouts/15/Authenticate.aspx?Source=" + quote(request.target, safe=""))
        if low == "/_layouts/15/copyutil.aspx":
            return _copyutil(request)
        if low.endswith((".jpg", ".jpeg", ".png", ".gif", ".ico", ".css", ".js")):
            return static_file(low)
        if low.endswith((".pdf", ".docx")) and (
            low.startswith(f"{WEB}/lists/tintuc/attachments/") or low.startswith(f"{WEB}/vanban/")
        ):
            return Response(200, b"%PDF-1.4\n%%EOF\n", {"Content-Type": "application/octet-stream"})
        if low == "/scriptresource.axd":
            return Response(200, b"/* ms ajax */", {"Content-Type": "application/javascript"})
        params = request.params
        dialog = params.get("IsDlg") == "1"
        if low == f"{WEB}/pages/tin-tuc.aspx":
            if "ItemID" in params:
                try:
                    story = self.items.get(int(params["ItemID"]))
                except ValueError:
                    return None
                return item_view(request, story, dialog) if story else None
            try:
                cat = int(params.get("CatID", "0") or 0)
            except ValueError:
                return None
            if cat and cat not in CATS:
                return None
            return news_list(request, cat)
        if low in self.pages:
            return publishing_page(request, self.pages[low], dialog)
        if low in self.statics:
            return self.statics[low](request)
        return None


def build_site() -> Site:
    return Site()


def _alt_paths(story: Story) -> list[str]:
    alts = []
    if story.opts["kind"] == "item":
        alts.append(dialog_path(story))
    elif any(story in related(s) for s in STORIES if s.opts["kind"] == "page"):
        alts.append(cased_path(story))
    return alts


GOLD = [
    gold_record(s, article_path(s), s.cat, canonical_path=article_path(s), alt_paths=_alt_paths(s))
    for s in ORDERED
]

NON_ARTICLES = [
    f"{WEB}/Pages/gioi-thieu.aspx",
    f"{WEB}/Pages/co-cau-to-chuc.aspx",
    f"{WEB}/Pages/lien-he.aspx",
    f"{WEB}/Pages/thu-vien-anh.aspx",
    f"{WEB}/Pages/van-ban.aspx?ItemID=41",
    f"{WEB}/Pages/van-ban.aspx?ItemID=38",
]
