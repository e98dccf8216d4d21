"""Phòng GD&ĐT thành phố Cao Lãnh: a sub-site of Đồng Tháp's shared e-government portal (Java/JSP).

Platform
--------
The province's IT centre runs one Java servlet/JSP portal (Tomcat behind Apache) that hosts every
district office as a sub-site under one host: ``/pgdcaolanh/…``, ``/pgdsadec/…``,
``/pgdthapmuoi/…``, the provincial front page at ``/``. Every sub-site shares the same templates:
a provincial top bar (links to the province's front page and to the sibling sub-sites, a unit
``<select>``), the sub-site banner, a horizontal menu with drop-downs, a three-column table layout
(left: categories, web links, poll; right: most read, visitor counter), and a footer. Pages are
server-rendered; some portlets build their links through ``response.encodeURL`` and so print a
``;jsessionid=…`` path parameter when the request carries no ``JSESSIONID`` cookie.

URL scheme (this sub-site)
--------------------------
- ``/pgdcaolanh/trang-chu.htm`` home (``/pgdcaolanh/`` redirects there) — START_PATH
- ``/pgdcaolanh/tin-tuc/danh-sach.htm?cat=<C>&p=<P>`` listings, 3 posts a page, ``p`` 0-based
- ``/pgdcaolanh/tin-tuc/chi-tiet.htm?id=<N>`` posts (also ``?cat=<C>&id=<N>``, and
  ``chi-tiet.htm;jsessionid=<S>?id=<N>`` from the home page's "Tin nổi bật" portlet)
- ``/pgdcaolanh/tin-tuc/in-tin.htm?id=<N>`` print view (opened by ``window.open`` only)
- ``/pgdcaolanh/gioi-thieu.htm``, ``co-cau-to-chuc.htm``, ``lien-he.htm`` pages
- ``/pgdcaolanh/van-ban/chi-tiet.htm?id=<N>`` document entry, ``/pgdcaolanh/thu-vien-anh.htm?album=<N>``
- ``/pgdcaolanh/DownloadServlet?fid=<N>`` attachments (PDF)
- siblings ``/pgdsadec/trang-chu.htm``, ``/pgdthapmuoi/trang-chu.htm`` with the same scheme

Templates
---------
home (featured + latest + notice marquee), listing (title link + thumbnail link, pager),
post (portlet: section name as ``<h2>``, headline in ``<div class="tdct">``, date line, a ``<td>``
holding sapo, text, "Tác giả"/"Người đăng" field, tool bar, attachments and "Các tin đã đưa"),
print view, static pages, document entry, album, provincial front page.

How each gold article is reached
--------------------------------
Home: "Tin nổi bật" (1184, 1181, 1178 with ``;jsessionid``), "Tin mới cập nhật" (1184, 1181,
1178, 1175, 1172), marquee "Thông báo" (1175, 1163). Listings page 0: cat 1 (1184, 1178, 1169),
cat 2 (1181, 1172, 1160), cat 3 (1175, 1163, 1151). Page 1 (``p=1``) only: cat 1 (1166, 1157,
1148), cat 2 (1154). "Các tin đã đưa" on a post lists the three newest of its category, so 1157
and 1148 are reachable only through ``danh-sach.htm?cat=1&p=1``.

Traps
-----
1. Shared host, sibling sub-sites: the provincial top bar links ``/pgdsadec/`` and
   ``/pgdthapmuoi/`` whose posts use the very same URL scheme and even the same ids
   (``/pgdsadec/tin-tuc/chi-tiet.htm?id=1184`` is another office's story). Gold: only
   ``/pgdcaolanh/`` posts are this portal's articles; the siblings' posts are not in the gold.
2. Java's Vietnamese-locale 12-hour clock: the date line prints ``dd/MM/yyyy hh:mm:ss a`` with
   "SA" (sáng, a.m.) and "CH" (chiều, p.m.): "03/12/2026 02:30:00 CH" is 14:30, "28/11/2026
   12:10:00 CH" is 12:10 (noon), "12/11/2026 12:00:00 SA" is midnight = no time. Gold:
   "2026-12-03T14:30:00+07:00", "2026-11-28T12:10:00+07:00", "2026-11-12".
3. The headline is in no heading: ``<title>`` is the sub-site's name on every page, ``<h1>`` is
   the banner "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ CAO LÃNH", ``<h2>`` is the portlet's section
   name; the headline is ``<div class="tdct">``, and for posts of the last three days it ends with
   an ``icon_new.gif`` picture. Gold: title = the div's text; the icon is no image of the article.
4. commons-lang ``escapeHtml``: for posts saved through the old editor the JSP escapes every
   non-ASCII letter of the headline, sapo and text as references (``&agrave;``, ``&#7897;``).
   Gold: the text as read (NFC), not the references.
5. One ``<td>`` holds it all: sapo, text, the "Tác giả:"/"Người đăng:" field, the tool bar, the
   "Tệp đính kèm" line and "Các tin đã đưa" (linked titles with "(dd/MM/yyyy)" dates) share the
   same cell with no wrapper around the text but ``<div id="nd_<id>">``. Gold: body is only the
   text; the dates in "Các tin đã đưa" are other posts' dates.
6. "Tác giả:" vs "Người đăng:": the field under the text is a real name when the editor filled
   "Tác giả" ("Tác giả: Trần Văn Lợi" -> author) but the CMS account when the platform fell back
   to "Người đăng" ("Người đăng: cl_phuclh" -> nobody); the byline is then the text's closing
   right-aligned line, with degree and unit taken off ("ThS. Nguyễn Thị Thanh Hương - Bộ phận
   Tiểu học" -> "Nguyễn Thị Thanh Hương"), or a unit signing alone ("Bộ phận Chuyên môn THCS").
7. Same post linked twice per listing row: the title links ``chi-tiet.htm?id=N``, the thumbnail
   and "Chi tiết »" link ``chi-tiet.htm?cat=C&id=N`` (another JSP fragment, parameters swapped),
   and the home page's "Tin nổi bật" portlet prints ``chi-tiet.htm;jsessionid=…?id=N`` to a
   cookie-less client. Gold: canonical ``?id=N``; the others in ``alt_paths`` (with the print
   view ``in-tin.htm?id=N``, reached only through ``window.open``).
8. Pager: ``p`` is 0-based while the pager prints "1 2"; its links go through ``encodeURL`` (so
   carry ``;jsessionid`` without cookie) and "Trang cuối" points to the page already listed.
   Older posts are only on ``p=1``.
9. Captions as body-looking paragraphs: photos sit in a centred ``<p>`` followed by another
   centred ``<p>`` in italics (the caption), or in a two-row table; a line "Ảnh: Minh Tâm"
   under a photo only credits its photographer. Gold: caption lines are not body; "Ảnh: X"
   -> caption None, X a photographer.
10. Old editor text with ``<br />`` runs in one ``<p>``: each line is a paragraph; a bold lead
    line in it is the sapo.
11. An official notice (1175) printed with its letterhead table, "Số:", place and date, kind
    and subject, "Nơi nhận" and signer: gold date is the letterhead's day (the date line prints
    that day at "12:00:00 SA"), the signer is the author, letterhead and closing are not body.

Gold decisions on ambiguous points
----------------------------------
- category = the portlet's section name, which is also the breadcrumb's last crumb and the
  post's own category whatever ``cat`` the URL carries.
- "Tin, ảnh: X" -> X in authors and photographers; "Tin: X - Ảnh: Y" -> [X], [Y].
- a closing "Nguồn: X" / "Theo X" line is the source, not body.
- the sapo printed as ``<div class="ttct"><b>`` above the text is summary and the body's first
  paragraph; posts without it have summary null (the meta description repeats the first line).
- table rows of the result table are paragraphs, cells joined by " | ".
- The siblings' sub-sites and the provincial front page are neither articles nor NON_ARTICLES.
"""

from __future__ import annotations

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, entity_mix, esc, gold_record, static_file

NAME = "java_shared_subsite_pgd"
PLATFORM = "Cổng TTĐT dùng chung tỉnh Đồng Tháp (Java servlet/JSP, sub-site per unit)"
START_PATH = "/pgdcaolanh/trang-chu.htm"

SITE = "/pgdcaolanh"
JSID = "6A0F3C1D9E2B47A8B5C4D3E2F1A09B8C"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
PAGE_SIZE = 3

CATS = {1: "Tin tức - Sự kiện", 2: "Hoạt động chuyên môn", 3: "Thông báo"}

UP = SITE + "/Uploads/images/2026"


def _right(line: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><strong>{esc(line)}</strong></p>')


STORIES: list[Story] = [
    Story(
        1184, "hoi-thi-gvdg-tieu-hoc",
        "Hội thi giáo viên dạy giỏi cấp thành phố bậc Tiểu học năm học 2026 - 2027",
        1, "2026-12-03T14:30:00+07:00",
        [
            P("Hội thi diễn ra từ ngày 30/11 đến 03/12/2026 tại Trường Tiểu học Kim Đồng và "
              "Trường Tiểu học Trần Quốc Toản, thu hút 68 giáo viên đến từ 21 trường tiểu học "
              "trên địa bàn thành phố."),
            Img(f"{UP}/12/hoi-thi-gvdg-1.jpg",
                "Ban Giám khảo dự tiết dạy môn Tiếng Việt lớp 3 tại Trường Tiểu học Kim Đồng",
                "Ban Giám khảo dự tiết dạy môn Tiếng Việt lớp 3 tại Trường Tiểu học Kim Đồng",
                "tbl"),
            P("Mỗi giáo viên dự thi thực hiện hai tiết dạy thực hành và trình bày biện pháp "
              "nâng cao chất lượng giáo dục học sinh; các tiết dạy được chọn ngẫu nhiên trước "
              "một ngày."),
            P("Nhiều tiết dạy vận dụng tốt phương pháp dạy học tích cực, tổ chức cho học sinh "
              "hoạt động nhóm, ứng dụng bảng tương tác và học liệu số một cách nhuần nhuyễn."),
            Img(f"{UP}/12/hoi-thi-gvdg-2.jpg", "Ảnh: Minh Tâm", None, "ctr"),
            P("Kết quả, Ban Tổ chức công nhận 52 giáo viên đạt danh hiệu giáo viên dạy giỏi "
              "cấp thành phố, trong đó 12 giáo viên được chọn tham dự hội thi cấp tỉnh."),
            _right("ThS. Nguyễn Thị Thanh Hương - Bộ phận Tiểu học"),
        ],
        authors=["Nguyễn Thị Thanh Hương"], photographers=["Minh Tâm"],
        summary="Nhằm phát hiện, bồi dưỡng và nhân rộng điển hình giáo viên có năng lực chuyên môn "
        "vững vàng, Phòng GD&ĐT thành phố Cao Lãnh tổ chức Hội thi giáo viên dạy giỏi bậc Tiểu học.",
        sapo_outside=True,
        opts={"date": "03/12/2026 02:30:00 CH", "by": "Người đăng: pgdcl_admin", "new": True},
    ),
    Story(
        1181, "chuyen-de-ngu-van-thcs",
        "Chuyên đề đổi mới phương pháp dạy học môn Ngữ văn THCS theo Chương trình GDPT 2018",
        2, "2026-12-01T09:05:00+07:00",
        [
            P("Chuyên đề được tổ chức tại Trường THCS Nguyễn Du với sự tham dự của hơn 60 giáo "
              "viên dạy Ngữ văn các trường THCS trên địa bàn thành phố."),
            P("Tiết dạy minh họa bài “Đọc hiểu văn bản nghị luận xã hội” lớp 8 do cô Lê Thị "
              "Ngọc Diễm thực hiện đã gợi mở nhiều cách tổ chức hoạt động đọc hiểu theo hướng "
              "phát triển năng lực."),
            Img(f"{UP}/12/chuyen-de-ngu-van.jpg",
                "Giáo viên thảo luận sau tiết dạy minh họa",
                "Giáo viên thảo luận sau tiết dạy minh họa", "ctr"),
            P("Các thầy cô đã trao đổi về cách xây dựng câu hỏi đọc hiểu, thiết kế phiếu học tập "
              "và đánh giá bằng bảng kiểm, rút kinh nghiệm cho việc dạy học ở học kỳ II."),
        ],
        authors=["Trần Văn Lợi"],
        summary="Sáng 01/12/2026, Phòng GD&ĐT thành phố Cao Lãnh tổ chức chuyên đề đổi mới "
        "phương pháp dạy học môn Ngữ văn cấp THCS.",
        sapo_outside=True,
        opts={"date": "01/12/2026 09:05:00 SA", "by": "Tác giả: Trần Văn Lợi", "new": True,
              "entities": True},
    ),
    Story(
        1178, "so-ket-thi-dua-20-11",
        "Sơ kết phong trào thi đua chào mừng Ngày Nhà giáo Việt Nam 20/11",
        1, "2026-11-28T12:10:00+07:00",
        [
            P("Trong đợt thi đua, toàn ngành đã tổ chức 1.240 tiết dạy tốt, 86 chuyên đề cấp "
              "trường và nhiều hoạt động văn nghệ, thể thao chào mừng ngày 20/11."),
            Img(f"{UP}/11/so-ket-thi-dua.jpg",
                "(Lãnh đạo Phòng GD&ĐT trao giấy khen cho các tập thể)",
                "Lãnh đạo Phòng GD&ĐT trao giấy khen cho các tập thể", "ctr"),
            P("Dịp này, Phòng GD&ĐT khen thưởng 15 tập thể và 47 cá nhân có thành tích xuất sắc "
              "trong phong trào thi đua."),
            P("Phát biểu tại buổi sơ kết, lãnh đạo Phòng đề nghị các đơn vị tiếp tục duy trì "
              "phong trào thi đua dạy tốt, học tốt đến cuối học kỳ I."),
            _right("Tin, ảnh: Lê Hoàng Phúc"),
        ],
        authors=["Lê Hoàng Phúc"], photographers=["Lê Hoàng Phúc"],
        summary="Chiều 28/11/2026, Phòng GD&ĐT thành phố Cao Lãnh tổ chức sơ kết phong trào thi "
        "đua chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam.",
        sapo_outside=True,
        opts={"date": "28/11/2026 12:10:00 CH", "by": "Người đăng: cl_phuclh"},
    ),
    Story(
        1175, "thong-bao-hoi-thi-gvcn",
        "Thông báo về việc tổ chức Hội thi giáo viên chủ nhiệm lớp giỏi cấp THCS năm học 2026 - 2027",
        3, "2026-11-25",
        [
            Raw(
                '<table width="100%" border="0"><tr><td align="center" width="45%">'
                "UBND THÀNH PHỐ CAO LÃNH<br /><b>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</b><br />"
                "Số: 412/TB-PGDĐT</td><td align=\"center\"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
                "</b><br /><b>Độc lập - Tự do - Hạnh phúc</b><br /><i>Cao Lãnh, ngày 25 tháng "
                "11 năm 2026</i></td></tr></table>"
                '<p align="center"><b>THÔNG BÁO</b><br /><b>Về việc tổ chức Hội thi giáo viên '
                "chủ nhiệm lớp giỏi cấp THCS năm học 2026 - 2027</b></p>"
            ),
            P("Căn cứ Kế hoạch số 198/KH-PGDĐT ngày 15/9/2026 của Phòng Giáo dục và Đào tạo về "
              "thực hiện nhiệm vụ năm học 2026 - 2027;"),
            P("Phòng Giáo dục và Đào tạo thông báo đến các trường THCS việc tổ chức Hội thi giáo "
              "viên chủ nhiệm lớp giỏi cấp THCS như sau:"),
            P("1. Thời gian: từ ngày 14/12 đến ngày 18/12/2026."),
            P("2. Địa điểm: Trường THCS Kim Hồng."),
            P("3. Hồ sơ đăng ký gửi về Phòng GD&ĐT (Bộ phận THCS) trước ngày 07/12/2026."),
            P("Đề nghị Hiệu trưởng các trường THCS triển khai thực hiện nghiêm túc thông báo này."),
            Raw(
                '<table width="100%" border="0"><tr><td valign="top" width="50%"><b><i>Nơi nhận:'
                "</i></b><br />- Các trường THCS;<br />- Lưu: VT.</td><td align=\"center\">"
                "<b>KT. TRƯỞNG PHÒNG<br />PHÓ TRƯỞNG PHÒNG</b><br /><br /><br /><b>Nguyễn Văn Bình"
                "</b></td></tr></table>"
            ),
        ],
        authors=["Nguyễn Văn Bình"],
        opts={"date": "25/11/2026 12:00:00 SA", "by": "Người đăng: vanthu_pgdcl",
              "attach": (412, "TB_412_HoithiGVCN_THCS.pdf")},
    ),
    Story(
        1172, "tap-huan-ai-thcs",
        "Tập huấn ứng dụng trí tuệ nhân tạo trong soạn giảng cho giáo viên THCS",
        2, "2026-11-23T15:45:00+07:00",
        [
            P("Chiều 23/11/2026, Phòng GD&ĐT tập huấn ứng dụng trí tuệ nhân tạo trong soạn "
              "giảng cho 120 giáo viên THCS.", "b"),
            P("Báo cáo viên giới thiệu cách dùng các công cụ trí tuệ nhân tạo để gợi ý câu hỏi, "
              "xây dựng ngân hàng đề và thiết kế hoạt động học."),
            P("Giáo viên được lưu ý kiểm chứng nội dung do công cụ tạo ra và bảo vệ dữ liệu cá "
              "nhân của học sinh."),
            Img(f"{UP}/11/tap-huan-ai.jpg", None, None, "none"),
            P("Sau buổi tập huấn, mỗi trường xây dựng ít nhất hai kế hoạch bài dạy có ứng dụng "
              "trí tuệ nhân tạo để sinh hoạt chuyên môn."),
            _right("Bộ phận Chuyên môn THCS"),
        ],
        authors=["Bộ phận Chuyên môn THCS"],
        summary="Chiều 23/11/2026, Phòng GD&ĐT tập huấn ứng dụng trí tuệ nhân tạo trong soạn "
        "giảng cho 120 giáo viên THCS.",
        opts={"date": "23/11/2026 03:45:00 CH", "by": "Người đăng: pgdcl_thcs", "br": True},
    ),
    Story(
        1169, "thcs-nguyen-du-chuan-qg",
        "Trường THCS Nguyễn Du đón Bằng công nhận đạt chuẩn quốc gia mức độ 2",
        1, "2026-11-20T10:20:00+07:00",
        [
            P("Sau 5 năm phấn đấu, Trường THCS Nguyễn Du đã hoàn thiện cơ sở vật chất với 24 "
              "phòng học, 8 phòng bộ môn và thư viện đạt chuẩn."),
            P("Tỷ lệ học sinh khá, giỏi của trường năm học 2025 - 2026 đạt 78,4%; 100% giáo viên "
              "đạt chuẩn và trên chuẩn về trình độ đào tạo."),
            Img(f"{UP}/11/nguyen-du-chuan-qg.jpg",
                "Lãnh đạo UBND thành phố trao Bằng công nhận cho nhà trường",
                "Lãnh đạo UBND thành phố trao Bằng công nhận cho nhà trường", "tbl"),
            P("Dịp này, nhà trường cũng ra mắt mô hình thư viện xanh phục vụ học sinh đọc sách "
              "ngoài giờ học."),
            _right("Hữu Nghĩa"),
            Raw('<p style="text-align: right;"><em>Nguồn: Báo Đồng Tháp Online</em></p>'),
        ],
        authors=["Hữu Nghĩa"], source="Báo Đồng Tháp Online",
        summary="Sáng 20/11/2026, Trường THCS Nguyễn Du (phường 1, thành phố Cao Lãnh) long "
        "trọng tổ chức lễ đón nhận Bằng công nhận trường đạt chuẩn quốc gia mức độ 2.",
        sapo_outside=True,
        opts={"date": "20/11/2026 10:20:00 SA", "by": "Người đăng: pgdcl_admin"},
    ),
    Story(
        1166, "trao-giai-hkpd-xi",
        "Trao giải Hội khỏe Phù Đổng thành phố Cao Lãnh lần thứ XI năm 2026",
        1, "2026-11-14T16:00:00+07:00",
        [
            P("Hội khỏe Phù Đổng lần thứ XI có hơn 900 vận động viên tranh tài ở 9 môn thi đấu "
              "trong 6 ngày."),
            P("Kết quả toàn đoàn của ba đơn vị dẫn đầu:"),
            P("Đơn vị | Huy chương Vàng | Huy chương Bạc | Huy chương Đồng", "tr"),
            P("Trường THCS Kim Hồng | 14 | 9 | 11", "tr"),
            P("Trường THCS Nguyễn Du | 12 | 10 | 8", "tr"),
            P("Trường THCS Hòa An | 9 | 7 | 12", "tr"),
            Img(f"{UP}/11/hkpd-trao-giai.jpg", "Các vận động viên nhận huy chương môn điền kinh",
                "Các vận động viên nhận huy chương môn điền kinh", "ctr"),
            P("Ban Tổ chức chọn 85 vận động viên xuất sắc tham gia Hội khỏe Phù Đổng cấp tỉnh."),
            _right("Tin: Phạm Thị Mỹ Linh - Ảnh: Võ Thanh Tùng"),
        ],
        authors=["Phạm Thị Mỹ Linh"], photographers=["Võ Thanh Tùng"],
        summary="Chiều 14/11/2026, Ban Tổ chức Hội khỏe Phù Đổng thành phố Cao Lãnh lần thứ XI "
        "tổ chức lễ bế mạc và trao giải.",
        sapo_outside=True,
        opts={"date": "14/11/2026 04:00:00 CH", "by": "Người đăng: pgdcl_admin"},
    ),
    Story(
        1163, "nghi-tet-duong-lich-2027",
        "Thông báo lịch nghỉ Tết Dương lịch năm 2027 đối với các cơ sở giáo dục",
        3, "2026-11-12",
        [
            P("Thực hiện Thông báo của UBND thành phố về lịch nghỉ Tết Dương lịch năm 2027, "
              "Phòng GD&ĐT thông báo đến các cơ sở giáo dục như sau:"),
            P("Cán bộ, giáo viên, nhân viên và học sinh nghỉ 01 ngày: thứ Sáu, ngày 01/01/2027.", "li"),
            P("Các đơn vị phân công trực, bảo vệ tài sản trong thời gian nghỉ.", "li"),
            P("Báo cáo tình hình trong dịp nghỉ về Phòng trước 10 giờ ngày 04/01/2027.", "li"),
        ],
        opts={"date": "12/11/2026 12:00:00 SA", "by": "Người đăng: admin"},
    ),
    Story(
        1160, "sinh-hoat-nghien-cuu-bai-hoc",
        "Sinh hoạt chuyên môn theo nghiên cứu bài học cụm trường Tiểu học số 2",
        2, "2026-11-05T08:30:00+07:00",
        [
            P("Buổi sinh hoạt được tổ chức tại Trường Tiểu học Hòa Thuận với tiết dạy Toán lớp 4 "
              "bài “Phép chia cho số có hai chữ số”."),
            Img(f"{UP}/11/nghien-cuu-bai-hoc-1.jpg", "Học sinh lớp 4/2 hoạt động nhóm",
                "Học sinh lớp 4/2 hoạt động nhóm", "tbl"),
            P("Giáo viên dự giờ tập trung quan sát việc học của học sinh thay vì nhận xét cách "
              "dạy của giáo viên."),
            Img(f"{UP}/11/nghien-cuu-bai-hoc-2.jpg", "Giáo viên cụm trường chia sẻ sau tiết dạy",
                "Giáo viên cụm trường chia sẻ sau tiết dạy", "tbl"),
            P("Các trường trong cụm thống nhất tiếp tục luân phiên tổ chức sinh hoạt chuyên môn "
              "mỗi tháng một lần."),
        ],
        authors=["Đặng Thị Kim Thoa"],
        summary="Sáng 05/11/2026, cụm trường Tiểu học số 2 tổ chức sinh hoạt chuyên môn theo "
        "nghiên cứu bài học.",
        sapo_outside=True,
        opts={"date": "05/11/2026 08:30:00 SA", "by": "Tác giả: Đặng Thị Kim Thoa"},
    ),
    Story(
        1157, "ngay-hoi-doc-sach-hoa-thuan",
        "Ngày hội đọc sách tại Trường Tiểu học Hòa Thuận",
        1, "2026-10-28T14:00:00+07:00",
        [
            P("Ngày hội có nhiều hoạt động như trưng bày sách, thi kể chuyện theo sách, vẽ tranh "
              "về nhân vật em yêu thích."),
            P("Các lớp trang trí góc đọc sách và giới thiệu những cuốn sách hay đến bạn bè."),
            Img(f"{UP}/10/ngay-hoi-doc-sach.jpg", "Học sinh tham gia thi kể chuyện theo sách",
                "Học sinh tham gia thi kể chuyện theo sách", "ctr"),
            P("Nhà trường phát động phong trào “Mỗi tuần một cuốn sách” đến hết năm học."),
            _right("Võ Ngọc Hân - Trường TH Hòa Thuận"),
        ],
        authors=["Võ Ngọc Hân"],
        summary="Hưởng ứng Ngày sách và Văn hóa đọc, Trường Tiểu học Hòa Thuận tổ chức Ngày hội "
        "đọc sách năm 2026.",
        sapo_outside=True,
        opts={"date": "28/10/2026 02:00:00 CH", "by": "Người đăng: th_hoathuan", "entities": True},
    ),
    Story(
        1154, "kiem-tra-noi-bo-hk1",
        "Kiểm tra nội bộ trường học học kỳ I năm học 2026 - 2027",
        2, "2026-10-21T09:40:00+07:00",
        [
            P("Phòng GD&ĐT vừa ban hành hướng dẫn kiểm tra nội bộ trường học học kỳ I năm học "
              "2026 - 2027."),
            P("Nội dung kiểm tra tập trung vào việc thực hiện chương trình, kế hoạch giáo dục, "
              "hồ sơ chuyên môn và công tác quản lý tài chính, tài sản."),
            P("Các trường hoàn thành kiểm tra và gửi báo cáo về Phòng trước ngày 31/12/2026."),
            _right("Bộ phận Thanh tra"),
        ],
        authors=["Bộ phận Thanh tra"],
        opts={"date": "21/10/2026 09:40:00 SA", "by": "Người đăng: pgdcl_admin"},
    ),
    Story(
        1151, "ket-qua-xet-tuyen-vien-chuc",
        "Thông báo kết quả xét tuyển viên chức giáo dục năm 2026 (vòng 2)",
        3, "2026-10-15T17:10:00+07:00",
        [
            P("Hội đồng xét tuyển viên chức giáo dục thành phố Cao Lãnh thông báo kết quả xét "
              "tuyển vòng 2 năm 2026."),
            P("Thí sinh trúng tuyển hoàn thiện hồ sơ và nộp tại Phòng Nội vụ thành phố từ ngày "
              "19/10 đến ngày 30/10/2026."),
            P("Danh sách chi tiết xem tại tệp đính kèm."),
        ],
        opts={"date": "15/10/2026 05:10:00 CH", "by": "Người đăng: vanthu_pgdcl",
              "attach": (397, "KQ_xettuyen_VC_2026_vong2.pdf")},
    ),
    Story(
        1148, "khai-mac-tin-hoc-tre",
        "Khai mạc Hội thi Tin học trẻ thành phố Cao Lãnh năm 2026",
        1, "2026-10-08T07:50:00+07:00",
        [
            P("Hội thi có 146 thí sinh tiểu học và THCS tranh tài ở các bảng lập trình Scratch, "
              "lập trình Python và sản phẩm sáng tạo."),
            Img(f"{UP}/10/tin-hoc-tre.jpg", "Thí sinh bảng B thi lập trình",
                "Thí sinh bảng B thi lập trình", "tbl"),
            P("Những thí sinh đạt giải cao sẽ được bồi dưỡng để tham dự hội thi cấp tỉnh."),
            Raw('<p style="text-align: right;"><em>Theo Đài PT-TH Đồng Tháp</em></p>'),
        ],
        source="Đài PT-TH Đồng Tháp",
        summary="Sáng 08/10/2026, Hội thi Tin học trẻ thành phố Cao Lãnh năm 2026 chính thức khai mạc.",
        sapo_outside=True,
        opts={"date": "08/10/2026 07:50:00 SA", "by": "Người đăng: pgdcl_admin"},
    ),
]
BY_ID = {s.id: s for s in STORIES}
FEATURED = [1184, 1181, 1178]
LATEST = [1184, 1181, 1178, 1175, 1172]
MARQUEE = [1175, 1163]
MOST_READ = [1169, 1160, 1184]

# sibling sub-sites on the same host: same scheme, overlapping ids, other offices' stories
SIBLINGS = {
    "pgdsadec": ("Phòng Giáo dục và Đào tạo thành phố Sa Đéc", {
        1184: ("Thành phố Sa Đéc khai mạc Hội thi giáo viên dạy giỏi bậc Mầm non", "02/12/2026 08:00:00 SA"),
        1190: ("Sa Đéc tổng kết Hội khỏe Phù Đổng cấp thành phố", "04/12/2026 03:20:00 CH"),
    }),
    "pgdthapmuoi": ("Phòng Giáo dục và Đào tạo huyện Tháp Mười", {
        1102: ("Tháp Mười tập huấn công tác chủ nhiệm lớp", "27/11/2026 09:00:00 SA"),
        1105: ("Huyện Tháp Mười ra mắt thư viện thân thiện", "01/12/2026 02:10:00 CH"),
    }),
}


def post_path(sid: int, site: str = SITE) -> str:
    return f"{site}/tin-tuc/chi-tiet.htm?id={sid}"


def _has_cookie(request: Request) -> bool:
    return "JSESSIONID=" in request.headers.get("Cookie", "")


def enc(request: Request, url: str) -> str:
    """``response.encodeURL``: the session id as a path parameter when no cookie came back."""
    if _has_cookie(request):
        return url
    base, _, query = url.partition("?")
    return f"{base};jsessionid={JSID}" + (f"?{query}" if query else "")


def _day(story: Story) -> str:
    return story.opts["date"][:10]


# --- page chrome -----------------------------------------------------------------------------


def _topbar() -> str:
    return (
        '<div id="dt_topbar"><table width="1000" align="center" cellpadding="0" cellspacing="0"><tr>'
        '<td class="dt_logo_tinh"><a href="/"><img src="/portal-static/images/logo_dongthap.png" '
        'alt="Cổng TTĐT tỉnh Đồng Tháp" /></a> <span>CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐỒNG THÁP</span></td>'
        '<td class="dt_dv">Đơn vị: <a href="/">Trang chủ Tỉnh</a> | '
        '<a href="/pgdsadec/trang-chu.htm">PGD Sa Đéc</a> | '
        '<a href="/pgdthapmuoi/trang-chu.htm">PGD Tháp Mười</a> | '
        '<select onchange="if(this.value)location.href=this.value;"><option value="">-- Chọn đơn vị --'
        '</option><option value="/pgdcaolanh/trang-chu.htm">PGD&amp;ĐT TP Cao Lãnh</option>'
        '<option value="/pgdhongngu/trang-chu.htm">PGD&amp;ĐT TP Hồng Ngự</option>'
        '<option value="/pgdlaivung/trang-chu.htm">PGD&amp;ĐT huyện Lai Vung</option></select></td>'
        f'<td class="dt_ngay">{HEADER_TODAY}</td></tr></table></div>'
    )


def _menu(site: str) -> str:
    if site != SITE:  # the siblings' pages are outside this fixture: their menu is cut to home
        return f'<div class="mnu_ngang"><ul><li><a href="{site}/trang-chu.htm">Trang chủ</a></li></ul></div>'
    return (
        '<div class="mnu_ngang"><ul>'
        f'<li><a href="{site}/trang-chu.htm">Trang chủ</a></li>'
        f'<li><a href="{site}/gioi-thieu.htm">Giới thiệu</a><ul class="sub">'
        f'<li><a href="{site}/gioi-thieu.htm">Chức năng, nhiệm vụ</a></li>'
        f'<li><a href="{site}/co-cau-to-chuc.htm">Cơ cấu tổ chức</a></li></ul></li>'
        f'<li><a href="{site}/tin-tuc/danh-sach.htm?cat=1">Tin tức</a><ul class="sub">'
        + "".join(f'<li><a href="{site}/tin-tuc/danh-sach.htm?cat={c}">{esc(n)}</a></li>' for c, n in CATS.items())
        + "</ul></li>"
        f'<li><a href="{site}/van-ban/chi-tiet.htm?id=245">Văn bản</a></li>'
        f'<li><a href="{site}/thu-vien-anh.htm?album=7">Thư viện ảnh</a></li>'
        f'<li><a href="{site}/lien-he.htm">Liên hệ</a></li>'
        "</ul></div>"
    )


def _left(site: str) -> str:
    cats = "" if site != SITE else "".join(
        f'<tr><td class="dm_item"><img src="/portal-static/images/bullet_dm.gif" alt="" /> '
        f'<a href="{site}/tin-tuc/danh-sach.htm?cat={c}">{esc(n)}</a></td></tr>'
        for c, n in CATS.items()
    )
    return (
        '<td valign="top" width="210" class="cot_trai">'
        '<div class="portlet"><div class="portlet-title">DANH MỤC</div>'
        f'<table width="100%">{cats}</table></div>'
        '<div class="portlet"><div class="portlet-title">LIÊN KẾT WEBSITE</div>'
        '<select onchange="window.open(this.value)"><option>-- Liên kết --</option>'
        '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="https://dongthap.gov.vn">UBND tỉnh Đồng Tháp</option></select></div>'
        '<div class="portlet"><div class="portlet-title">THĂM DÒ Ý KIẾN</div>'
        '<form action="#" onsubmit="return false;"><p>Bạn đánh giá thế nào về giao diện mới?</p>'
        '<input type="radio" name="bc" value="1" /> Đẹp<br /><input type="radio" name="bc" value="2" /> '
        'Bình thường<br /><input type="button" value="Biểu quyết" /></form></div>'
        "</td>"
    )


def _right_col(site: str, request: Request) -> str:
    items = "".join(
        f'<li><a href="{post_path(s)}">{esc(BY_ID[s].title)}</a></li>' for s in MOST_READ
    ) if site == SITE else ""
    return (
        '<td valign="top" width="230" class="cot_phai">'
        f'<div class="portlet"><div class="portlet-title">TIN ĐỌC NHIỀU</div><ul class="ds_docnhieu">{items}</ul></div>'
        '<div class="portlet"><div class="portlet-title">THỐNG KÊ TRUY CẬP</div>'
        '<table class="tk"><tr><td>Đang online:</td><td>37</td></tr><tr><td>Hôm nay:</td><td>1.204</td></tr>'
        '<tr><td>Tổng truy cập:</td><td>2.315.870</td></tr></table></div>'
        '<div class="portlet"><a href="https://dichvucong.dongthap.gov.vn"><img '
        'src="/portal-static/images/banner_dvc.jpg" alt="Dịch vụ công trực tuyến" /></a></div>'
        "</td>"
    )


def page(request: Request, center: str, crumbs: list[tuple[str, str | None]],
         site: str = SITE, unit: str = "Phòng Giáo dục và Đào tạo thành phố Cao Lãnh",
         description: str = "", cookie: bool = False) -> Response:
    crumb_html = " » ".join(
        f'<a href="{href}">{esc(label)}</a>' if href else f"<span>{esc(label)}</span>" for label, href in crumbs
    )
    meta = f'<meta name="description" content="{esc(description)}" />' if description else ""
    body = (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
        '<html xmlns="http://www.w3.org/1999/xhtml"><head>'
        '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />'
        f"<title>{esc(unit)}</title>{meta}"
        '<link rel="stylesheet" type="text/css" href="/portal-static/css/subsite.css" />'
        '<script type="text/javascript" src="/portal-static/js/jquery-1.4.2.min.js"></script>'
        "</head><body>"
        + _topbar()
        + f'<div id="banner_dv"><img src="{site}/images/banner.jpg" alt="" />'
        f"<h1>{esc(unit.upper())}</h1></div>"
        + _menu(site)
        + f'<div class="dhd">{crumb_html}</div>'
        '<table width="1000" align="center" cellpadding="0" cellspacing="0" class="khung"><tr>'
        + _left(site)
        + f'<td valign="top" class="cot_giua">{center}</td>'
        + _right_col(site, request)
        + "</tr></table>"
        '<div id="footer_dv"><p><b>' + esc(unit.upper()) + "</b></p>"
        "<p>Địa chỉ: Số 08 Đặng Văn Bình, Phường 1, TP. Cao Lãnh, tỉnh Đồng Tháp - "
        "Điện thoại: 0277.3851.246 - Email: pgdcaolanh@dongthap.edu.vn</p>"
        "<p>Cổng thông tin điện tử tỉnh Đồng Tháp - Phát triển bởi Trung tâm Công nghệ thông tin "
        "và Truyền thông Đồng Tháp. Ghi rõ nguồn khi phát hành lại thông tin từ Cổng này.</p></div>"
        "</body></html>"
    )
    headers = {}
    if cookie and not _has_cookie(request):
        headers["Set-Cookie"] = f"JSESSIONID={JSID}; Path=/; HttpOnly"
    return html(body, headers=headers)


def home_crumb(site: str = SITE) -> tuple[str, str]:
    return ("Trang chủ", f"{site}/trang-chu.htm")


# --- article text ----------------------------------------------------------------------------


def _img(img: Img) -> str:
    tag = f'<img src="{esc(img.src)}" width="500" border="0" alt="" />'
    if img.style == "tbl":
        return (
            '<table class="image" align="center" width="500" border="0"><tbody><tr><td>'
            f'{tag}</td></tr><tr><td style="text-align: center;"><em>{esc(img.printed or "")}</em>'
            "</td></tr></tbody></table>"
        )
    out = f'<p style="text-align: center;">{tag}</p>'
    if img.printed:
        out += (
            '<p style="text-align: center;"><span style="font-size: 12px;"><i>'
            f"{esc(img.printed)}</i></span></p>"
        )
    return out


def _para(block: P) -> str:
    inner = f"<strong>{esc(block.text)}</strong>" if block.style == "b" else esc(block.text)
    return (
        '<p style="text-align: justify;"><span style="font-family: Times New Roman; '
        f'font-size: 14pt;">{inner}</span></p>'
    )


def render_blocks(story: Story) -> str:
    out: list[str] = []
    blocks = story.blocks
    i = 0
    if story.opts.get("br"):
        # the old editor: one <p>, lines separated by <br />, photos between runs
        run: list[str] = []
        for block in blocks:
            if isinstance(block, P):
                text = esc(block.text)
                run.append(f"<b>{text}</b>" if block.style == "b" else text)
                continue
            if run:
                out.append("<p>" + "<br />\n".join(run) + "</p>")
                run = []
            out.append(_img(block) if isinstance(block, Img) else block.html)
        if run:
            out.append("<p>" + "<br />\n".join(run) + "</p>")
        return "\n".join(out)
    while i < len(blocks):
        block = blocks[i]
        if isinstance(block, P) and block.style in ("li", "tr"):
            style = block.style
            group = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == style:
                group.append(blocks[i].text)
                i += 1
            if style == "li":
                out.append("<ul>" + "".join(f"<li>{esc(t)}</li>" for t in group) + "</ul>")
            else:
                rows = "".join(
                    "<tr>" + "".join(f'<td style="border:1px solid #000">{esc(c)}</td>' for c in t.split(" | ")) + "</tr>"
                    for t in group
                )
                out.append(f'<table border="1" cellpadding="4" cellspacing="0" width="100%"><tbody>{rows}</tbody></table>')
            continue
        if isinstance(block, P):
            out.append(_para(block))
        elif isinstance(block, Img):
            out.append(_img(block))
        else:
            out.append(block.html)
        i += 1
    return "\n".join(out)


def _others(story: Story) -> list[Story]:
    same = [s for s in STORIES if s.cat == story.cat and s.id != story.id]
    return same[:3]


def article(request: Request, story: Story) -> Response:
    cat = CATS[story.cat]
    new_icon = ' <img src="/pgdcaolanh/images/icon_new.gif" alt="" border="0" />' if story.opts.get("new") else ""
    sapo = f'<div class="ttct"><b>{esc(story.summary)}</b></div>' if story.sapo_outside else ""
    attach = ""
    if "attach" in story.opts:
        fid, fname = story.opts["attach"]
        attach = (
            f'<div class="dk_ct">Tệp đính kèm: <a href="{SITE}/DownloadServlet?fid={fid}">'
            f'<img src="/portal-static/images/pdf.gif" alt="" /> {esc(fname)}</a></div>'
        )
    others = "".join(
        f'<li><a href="{post_path(o.id)}">{esc(o.title)}</a> <span class="ngay_tk">({_day(o)})</span></li>'
        for o in _others(story)
    )
    printed = f"{SITE}/tin-tuc/in-tin.htm?id={story.id}"
    inner = (
        f'<div class="tdct">{esc(story.title)}{new_icon}</div>'
        f'<div class="ngay_ct">Ngày đăng: {story.opts["date"]} &nbsp;|&nbsp; Lượt xem: {story.views()}</div>'
        '<table class="tbl_ct" width="100%" cellpadding="0" cellspacing="0"><tr><td class="nd_ct">'
        f"{sapo}"
        f'<div id="nd_{story.id}">\n{render_blocks(story)}\n</div>'
        f'<div class="tg_ct" style="text-align: right;"><i>{esc(story.opts["by"])}</i></div>'
        '<div class="cc_ct"><a href="javascript:void(0)" '
        f"onclick=\"window.open('{printed}','inbai','width=760,height=600,scrollbars=yes')\">"
        '<img src="/portal-static/images/print.gif" alt="" /> In trang</a> | '
        f'<a href="mailto:?subject={story.id}"><img src="/portal-static/images/email.gif" alt="" /> Gửi email</a> | '
        '<a href="#top">Về đầu trang</a></div>'
        f"{attach}"
        f'<div class="cactinkhac"><b>Các tin đã đưa:</b><ul>{others}</ul></div>'
        "</td></tr></table>"
    )
    if story.opts.get("entities"):
        inner = entity_mix(inner)
    center = (
        f'<div class="portlet" id="p_p_id_chitiettin_WAR_dtportlet_INSTANCE_{story.cat}x7Q">'
        f'<div class="portlet-title"><h2>{esc(cat)}</h2></div>{inner}</div>'
    )
    first = next(b.text for b in story.blocks if isinstance(b, P))
    return page(
        request, center,
        [home_crumb(), ("Tin tức", f"{SITE}/tin-tuc/danh-sach.htm?cat=1"),
         (cat, f"{SITE}/tin-tuc/danh-sach.htm?cat={story.cat}")],
        description=first,
    )


def print_view(story: Story) -> Response:
    sapo = f"<p><b>{esc(story.summary)}</b></p>" if story.sapo_outside else ""
    body = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />'
        f"<title>{esc(story.title)}</title></head><body onload=\"window.print()\">"
        '<div style="width:700px;margin:auto"><p><img src="/portal-static/images/logo_dongthap.png" alt="" /> '
        "Phòng Giáo dục và Đào tạo thành phố Cao Lãnh</p>"
        f"<h3>{esc(story.title)}</h3><p><i>Ngày đăng: {story.opts['date']}</i></p>{sapo}"
        f"{render_blocks(story)}<hr /><p>Cổng TTĐT tỉnh Đồng Tháp - dongthap.gov.vn</p></div></body></html>"
    )
    if story.opts.get("entities"):
        body = entity_mix(body)
    return html(body)


# --- listings and home -----------------------------------------------------------------------


def _row(story: Story, thumb_link: str) -> str:
    thumb = next((b.src for b in story.blocks if isinstance(b, Img)), "/portal-static/images/no_image.jpg")
    thumb = thumb.replace("/Uploads/images/", "/Uploads/thumbs/")
    lead = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    return (
        '<table class="ds_tin" width="100%"><tr>'
        f'<td width="130" valign="top"><a href="{thumb_link}"><img src="{esc(thumb)}" width="120" height="80" alt="" /></a></td>'
        f'<td valign="top"><a class="td_ds" href="{post_path(story.id)}">{esc(story.title)}</a> '
        f'<span class="ngay_ds">({_day(story)})</span>'
        f'<div class="tt_ds">{esc(lead)}</div>'
        f'<a class="xct" href="{thumb_link}">Chi tiết »</a></td></tr></table>'
    )


def listing(request: Request, cat: int, p: int) -> Response | None:
    items = [s for s in STORIES if s.cat == cat]
    pages = (len(items) + PAGE_SIZE - 1) // PAGE_SIZE
    if not 0 <= p < pages:
        return None
    chunk = items[p * PAGE_SIZE:(p + 1) * PAGE_SIZE]
    rows = "".join(_row(s, f"{SITE}/tin-tuc/chi-tiet.htm?cat={cat}&id={s.id}") for s in chunk)
    url = f"{SITE}/tin-tuc/danh-sach.htm?cat={cat}&p="
    nums = " ".join(
        f"<b>[{n + 1}]</b>" if n == p else f'<a href="{enc(request, url + str(n))}">{n + 1}</a>'
        for n in range(pages)
    )
    pager = (
        f'<div class="phantrang">Trang {p + 1}/{pages}: '
        f'<a href="{enc(request, url + "0")}">Trang đầu</a> {nums} '
        f'<a href="{enc(request, url + str(pages - 1))}">Trang cuối</a></div>'
    )
    center = (
        f'<div class="portlet"><div class="portlet-title"><h2>{esc(CATS[cat])}</h2></div>'
        f"{rows}{pager}</div>"
    )
    return page(request, center, [home_crumb(), (CATS[cat], None)], cookie=True)


def home(request: Request) -> Response:
    featured = "".join(
        f'<div class="noibat_item"><a href="{enc(request, post_path(s))}"><img src="{BY_ID[s].images[0].src}" '
        f'width="300" alt="" /></a><a class="td_nb" href="{enc(request, post_path(s))}">{esc(BY_ID[s].title)}</a></div>'
        for s in FEATURED
    )
    latest = "".join(
        f'<li><a href="{post_path(s)}">{esc(BY_ID[s].title)}</a> <span>({_day(BY_ID[s])})</span></li>' for s in LATEST
    )
    marquee = " &nbsp;&nbsp; ".join(
        f'<img src="/portal-static/images/new.gif" alt="" /> <a href="{post_path(s)}">{esc(BY_ID[s].title)}</a>'
        for s in MARQUEE
    )
    center = (
        f'<div class="tb_chay"><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">{marquee}</marquee></div>'
        f'<div class="portlet"><div class="portlet-title"><h2>TIN NỔI BẬT</h2></div>{featured}</div>'
        f'<div class="portlet"><div class="portlet-title"><h2>TIN MỚI CẬP NHẬT</h2></div><ul>{latest}</ul></div>'
        + "".join(
            f'<div class="portlet"><div class="portlet-title"><h2><a href="{SITE}/tin-tuc/danh-sach.htm?cat={c}">'
            f"{esc(n)}</a></h2></div></div>"
            for c, n in CATS.items()
        )
    )
    return page(request, center, [("Trang chủ", None)], cookie=True)


# --- other pages -----------------------------------------------------------------------------


def static_page(request: Request, title: str, content: str) -> Response:
    center = f'<div class="portlet"><div class="portlet-title"><h2>{esc(title)}</h2></div><div class="nd_tinh">{content}</div></div>'
    return page(request, center, [home_crumb(), (title, None)])


PAGES = {
    "/gioi-thieu.htm": ("Chức năng, nhiệm vụ", (
        "<p>Phòng Giáo dục và Đào tạo là cơ quan chuyên môn thuộc UBND thành phố Cao Lãnh, tham mưu, "
        "giúp UBND thành phố quản lý nhà nước về giáo dục mầm non, tiểu học và trung học cơ sở.</p>"
        "<p>Phòng chịu sự chỉ đạo, quản lý về tổ chức, biên chế và công tác của UBND thành phố; đồng "
        "thời chịu sự chỉ đạo, hướng dẫn về chuyên môn của Sở Giáo dục và Đào tạo Đồng Tháp.</p>")),
    "/co-cau-to-chuc.htm": ("Cơ cấu tổ chức", (
        '<table border="1" cellpadding="4"><tr><td>Trưởng phòng</td><td>Nguyễn Văn Bình</td></tr>'
        "<tr><td>Phó Trưởng phòng</td><td>Lê Thị Mỹ Hạnh</td></tr>"
        "<tr><td>Phó Trưởng phòng</td><td>Trần Quốc Việt</td></tr></table>")),
    "/lien-he.htm": ("Liên hệ", (
        "<p>Phòng Giáo dục và Đào tạo thành phố Cao Lãnh</p><p>Địa chỉ: Số 08 Đặng Văn Bình, Phường 1, "
        "TP. Cao Lãnh</p><p>Điện thoại: 0277.3851.246 - Email: pgdcaolanh@dongthap.edu.vn</p>")),
}


def van_ban(request: Request) -> Response:
    content = (
        '<table class="vb_ct" border="1" cellpadding="4" width="100%">'
        "<tr><td>Số/Ký hiệu</td><td>245/KH-PGDĐT</td></tr><tr><td>Ngày ban hành</td><td>10/11/2026</td></tr>"
        "<tr><td>Trích yếu</td><td>Kế hoạch tổ chức Hội thi giáo viên dạy giỏi cấp thành phố bậc Tiểu học "
        "năm học 2026 - 2027</td></tr><tr><td>Người ký</td><td>Nguyễn Văn Bình</td></tr>"
        f'<tr><td>Tệp tin</td><td><a href="{SITE}/DownloadServlet?fid=245">KH_245_HoithiGVDG_TH.pdf</a></td></tr></table>'
    )
    return static_page(request, "Văn bản chỉ đạo điều hành", content)


def album(request: Request) -> Response:
    pics = "".join(
        f'<td><a href="{SITE}/Uploads/album/7/{n}.jpg"><img src="{SITE}/Uploads/album/7/t{n}.jpg" width="150" alt="" />'
        f"</a></td>" for n in range(1, 5)
    )
    content = f"<p><b>Hội khỏe Phù Đổng thành phố Cao Lãnh lần thứ XI</b> (14/11/2026)</p><table><tr>{pics}</tr></table>"
    return static_page(request, "Thư viện ảnh", content)


def sibling_home(request: Request, key: str) -> Response:
    unit, posts = SIBLINGS[key]
    site = "/" + key
    items = "".join(
        f'<li><a href="{post_path(pid, site)}">{esc(title)}</a> ({date[:10]})</li>' for pid, (title, date) in posts.items()
    )
    center = f'<div class="portlet"><div class="portlet-title"><h2>TIN MỚI CẬP NHẬT</h2></div><ul>{items}</ul></div>'
    return page(request, center, [("Trang chủ", None)], site=site, unit=unit)


def sibling_post(request: Request, key: str, pid: int) -> Response | None:
    unit, posts = SIBLINGS[key]
    if pid not in posts:
        return None
    title, date = posts[pid]
    site = "/" + key
    center = (
        '<div class="portlet"><div class="portlet-title"><h2>Tin tức - Sự kiện</h2></div>'
        f'<div class="tdct">{esc(title)}</div><div class="ngay_ct">Ngày đăng: {date}</div>'
        f'<table class="tbl_ct" width="100%"><tr><td class="nd_ct"><div id="nd_{pid}">'
        f"<p>{esc(title)}: bài viết của {esc(unit)}, đăng trên sub-site của đơn vị.</p>"
        "<p>Nội dung do đơn vị tự cập nhật và chịu trách nhiệm.</p></div></td></tr></table></div>"
    )
    return page(request, center, [("Trang chủ", f"{site}/trang-chu.htm"), ("Tin tức - Sự kiện", None)],
                site=site, unit=unit)


def province_home(request: Request) -> Response:
    body = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />'
        "<title>Cổng thông tin điện tử tỉnh Đồng Tháp</title></head><body>"
        + _topbar()
        + "<h1>CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐỒNG THÁP</h1><h3>Trang thông tin các đơn vị</h3><ul>"
        '<li><a href="/pgdcaolanh/trang-chu.htm">Phòng GD&amp;ĐT thành phố Cao Lãnh</a></li>'
        '<li><a href="/pgdsadec/trang-chu.htm">Phòng GD&amp;ĐT thành phố Sa Đéc</a></li>'
        '<li><a href="/pgdthapmuoi/trang-chu.htm">Phòng GD&amp;ĐT huyện Tháp Mười</a></li></ul>'
        "<p>© Cổng thông tin điện tử tỉnh Đồng Tháp</p></body></html>"
    )
    return html(body)


class Site:
    def respond(self, request: Request) -> Response | None:
        raw_path = request.path
        path, _, params = raw_path.partition(";")
        if params and not params.startswith("jsessionid="):
            return None
        q = request.params
        if path == "/":
            return province_home(request)
        if path in (SITE, SITE + "/"):
            return redirect(START_PATH)
        if path == START_PATH:
            return home(request)
        if path.startswith(SITE + "/"):
            sub = path[len(SITE):]
            if sub == "/tin-tuc/chi-tiet.htm":
                story = BY_ID.get(_int(q.get("id")))
                if story is None or ("cat" in q and _int(q["cat"]) not in CATS):
                    return None
                return article(request, story)
            if sub == "/tin-tuc/in-tin.htm":
                story = BY_ID.get(_int(q.get("id")))
                return print_view(story) if story else None
            if sub == "/tin-tuc/danh-sach.htm":
                cat = _int(q.get("cat"))
                p = _int(q.get("p", "0"))
                if cat not in CATS or p is None:
                    return None
                return listing(request, cat, p)
            if sub in PAGES:
                title, content = PAGES[sub]
                return static_page(request, title, content)
            if sub == "/van-ban/chi-tiet.htm" and q.get("id") == "245":
                return van_ban(request)
            if sub == "/thu-vien-anh.htm" and q.get("album") == "7":
                return album(request)
            if sub == "/DownloadServlet" and q.get("fid") in ("245", "412", "397"):
                return Response(200, PDF, {"Content-Type": "application/pdf",
                                           "Content-Disposition": f"attachment; filename=vb{q['fid']}.pdf"})
        for key in SIBLINGS:
            if path == f"/{key}/trang-chu.htm":
                return sibling_home(request, key)
            if path == f"/{key}/tin-tuc/chi-tiet.htm":
                return sibling_post(request, key, _int(q.get("id")))
        if path.startswith(("/portal-static/", SITE + "/Uploads/", SITE + "/images/")) or (
            "/images/" in path and path.split("/")[1] in SIBLINGS
        ):
            return static_file(path)
        return None


def _int(value: str | None) -> int | None:
    if value is None or not value.isdigit():
        return None
    return int(value)


def build_site() -> Site:
    return Site()


def _alt(story: Story) -> list[str]:
    alts = [f"{SITE}/tin-tuc/chi-tiet.htm?cat={story.cat}&id={story.id}"]
    if story.id in FEATURED:
        alts.append(f"{SITE}/tin-tuc/chi-tiet.htm;jsessionid={JSID}?id={story.id}")
    alts.append(f"{SITE}/tin-tuc/in-tin.htm?id={story.id}")
    return alts


GOLD = [gold_record(s, post_path(s.id), CATS[s.cat], alt_paths=_alt(s)) for s in STORIES]

NON_ARTICLES = [
    f"{SITE}/gioi-thieu.htm",
    f"{SITE}/co-cau-to-chuc.htm",
    f"{SITE}/lien-he.htm",
    f"{SITE}/van-ban/chi-tiet.htm?id=245",
    f"{SITE}/thu-vien-anh.htm?album=7",
]
