"""Phòng Giáo dục và Đào tạo huyện Krông Pắc (Đắk Lắk) on Liferay Portal 7.2 CE GA2.

Platform: Liferay Portal CE 7.2.1 GA2, site ``/web/pgd-krongpac`` with a vendor theme
(``pgdkrongpac_WAR_pgdtheme``, Bootstrap 4 / Clay markup). The news page ``tin-tuc`` holds three
Asset Publisher portlets (instances ``hZ3kLmNpQr7T`` "Tin giáo dục" in *full content* display,
``Xc9vB2nM4aSd`` "Hoạt động chuyên môn" in *abstracts* display, ``tB7yU1iO0pKj`` "Thông báo" as a
title list) and one Web Content Display ("Đường dây nóng"). The articles are journal articles of
the structure "Tin bài PGD" rendered by a FreeMarker template (date line, "Tóm tắt" field, rich
text, "Tác giả" and "Nguồn" fields); the notices use a structure "Thông báo" whose template prints
only the rich text.

URL scheme
- ``/`` -> 302 ``/web/pgd-krongpac`` (home: "Tin mới" ADT, Web Content Display "Tin nổi bật"
  that prints the whole text of the first article, sidebar).
- ``/web/pgd-krongpac/tin-tuc`` the news page; each portlet pages on its own:
  ``/web/pgd-krongpac/tin-tuc?p_p_id=com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_<id>&_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_<id>_cur=<P>``
  (the other portlets stay on their page 1).
- ``/web/pgd-krongpac/tin-tuc/-/asset_publisher/<id>/content/<url-title>`` an article (the news
  page with the portlet in its view-content state). Variants serving the same article:
  ``?_<ns>_redirect=%2Fweb%2Fpgd-krongpac%2Ftin-tuc`` (the links of the abstracts and title-list
  ADT), ``?p_p_state=pop_up&_<ns>_viewMode=print`` (print icon), and the other instance's URL of
  the one article filed in two categories.
- ``/web/pgd-krongpac/<page>`` static pages: gioi-thieu, co-cau-to-chuc, truong-hoc, van-ban,
  thu-vien-anh, lien-he; ``/documents/…`` files and images, ``/image/journal/article?img_id=…``
  small images, ``/o/pgd-theme/…`` theme files.

How the gold articles are reached
- Tin giáo dục (5, delta 2, full content): titles are not links; each entry has a permalink icon
  (bare content URL) and a print icon; pages 2 and 3 only through the paginator.
- Hoạt động chuyên môn (6 entries, 5 own + one shared, delta 3): title and "Đọc thêm" links with
  the redirect parameter; page 2 only through the paginator.
- Thông báo (3): title list, links with the redirect parameter.
- The home "Tin mới" ADT links the 5 newest with bare URLs; article pages link "Nội dung liên quan"
  with bare URLs.

Traps
1. Full-content display: the news page and its pages 2-3 print the complete text, images, bylines
   and dates of the "Tin giáo dục" articles, each in the same ``journal-content-article`` markup
   the article page uses, with unlinked titles. Gold: those pages are listings; each article is
   its content URL (reached through the permalink icon ``title="Liên kết cố định"``).
2. Web Content Display on the same page: the article page prints a second
   ``div.journal-content-article`` ("Đường dây nóng", paragraphs of text) right below the Asset
   Publisher, and the home page's "Tin nổi bật" Web Content Display prints the whole of article 1.
   Gold: hotline text is never body; the home page is not an article.
3. Title placement: the theme's ``<h1 class="ten-trang">`` is the page name "Tin tức"; the portlet
   title ``<h2 class="portlet-title-text">`` is the category; the headline is the
   ``<h3 class="header-title">`` after the Clay "Quay lại" back-link. Gold title: the h3's text.
4. Dates: the template prints the display date in the Liferay vi_VN 12-hour form
   ("03/12/2026 2:30 CH" = 14:30, "SA" = morning), one as "12:00 SA" (midnight -> the day alone),
   one as "Ngày 24/11/2026"; the asset metadata prints only "Ngày sửa đổi dd/MM/yy" (two-digit year,
   an update date: never the publication). One article's template has no date line; its metadata
   prints "Ngày đăng 20/11/26" -> "2026-11-20".
5. Poster vs author: the asset metadata prints the Liferay user who published the asset with a
   portrait ("Người đăng" + a real-looking name, "Trần Văn Đức"); that account is not the author.
   Gold authors come from the template's "Tác giả" field / the byline lines only.
6. Image caption in a two-row table (``table.khung-anh``: image row, then an italic caption row in
   parentheses). Gold: the second row is the caption (parentheses off), not a body table row;
   CKEditor ``figure.image > figcaption`` captions likewise; a figcaption "Ảnh: Y Phương Niê" only
   credits a photographer (caption None).
7. Same post linked twice: article 2 is filed under "Tin giáo dục" and "Hoạt động chuyên môn"; the
   second portlet links it under its own instance id. Gold: one article at the first instance's
   URL (the page's canonical); the other URL is an alt path; category "Tin giáo dục" (breadcrumb).
8. Redirect / print URL variants of every article (``_<ns>_redirect=…``,
   ``p_p_state=pop_up&_<ns>_viewMode=print``). Gold: alt paths of the article.
9. Sapo as the structure's "Tóm tắt" field in ``div.tb-tomtat`` outside the rich text (gold: the
   body's first paragraph and the summary); the abstracts list and meta description print the
   asset description (a shortened sapo with "…"): not a sapo by itself.
10. Rich text typed with ``<div>`` lines and ``<br />`` instead of paragraphs in one article; each
    line is a paragraph.
11. Hidden accessibility text: ``<span class="hide-accessible">`` / ``sr-only`` inside links
    ("Đọc thêm về <title>", "Chuyển đến Nội dung chính"), Clay SVG icons: no text of the article.
12. An official notice with letterhead table, "Nơi nhận" and signer (house convention).

Gold decisions on ambiguous points
- The shared article's category is its breadcrumb's ("Tin giáo dục") on both URLs.
- "Tin, ảnh: Hoàng Thị Mai (Trường TH Lê Lợi)": the unit in parentheses is dropped.
- The unit signing alone "Tổ Chuyên môn THCS" in the template's author field is the author.
- The asset metadata's "Người đăng" user is never an author, even when no byline is printed.
- The tin-tuc page and its paginated pages are listings, although they print full texts.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "liferay72_fullcontent_pgd"
PLATFORM = "Liferay Portal 7.2 CE GA2 (vendor theme, Asset Publisher full content, FreeMarker)"
START_PATH = "/"

SITE = "/web/pgd-krongpac"
NEWS = f"{SITE}/tin-tuc"
NS = "com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_"
HEADER_DATE = "Thứ Bảy, 05/12/2026"

A, B, C = "hZ3kLmNpQr7T", "Xc9vB2nM4aSd", "tB7yU1iO0pKj"
INSTANCES = {
    A: ("Tin giáo dục", 2, "full"),
    B: ("Hoạt động chuyên môn", 3, "abstracts"),
    C: ("Thông báo", 5, "titles"),
}
CATEGORY_OF = {A: "Tin giáo dục", B: "Hoạt động chuyên môn", C: "Thông báo"}


def _img(name: str, uuid: str) -> str:
    # deterministic (hash() of str is salted): t from the uuid's digits
    digits = "".join(ch for ch in uuid if ch.isdigit())[:8].ljust(8, "0")
    return f"/documents/20126/41502/{name}/{uuid}?t=17647{digits}"


# --- the stories ---------------------------------------------------------------------------

STORIES: list[Story] = [
    Story(
        1,
        "tong-ket-hoi-thi-giao-vien-day-gioi-cap-huyen-bac-tieu-hoc",
        "Krông Pắc tổng kết Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026-2027",
        A,
        "2026-12-03T14:30:00+07:00",
        [
            P("Hội thi diễn ra từ ngày 23/11 đến 02/12/2026 tại 4 cụm trường với 86 giáo viên tham "
              "gia, trong đó có 31 giáo viên người dân tộc thiểu số."),
            Img(_img("tong-ket-hoi-thi-1.jpg", "6f1b2c40-8a11-3e0d-91c2-4d0a7b1e5a01"),
                "(Lãnh đạo Phòng GD&ĐT trao giấy chứng nhận cho các giáo viên đạt giải)",
                "Lãnh đạo Phòng GD&ĐT trao giấy chứng nhận cho các giáo viên đạt giải", "table"),
            P("Mỗi giáo viên dự thi thực hiện hai tiết dạy thực hành và trình bày biện pháp nâng cao "
              "chất lượng giảng dạy. Ban Giám khảo gồm cán bộ quản lý, giáo viên cốt cán của huyện."),
            P("Kết quả có 62 giáo viên được công nhận giáo viên dạy giỏi cấp huyện, đạt tỉ lệ 72,1%."),
            Img(_img("tong-ket-hoi-thi-2.jpg", "90cd11e2-7b35-44f1-a0d3-2e77c9b4f602"),
                "Một tiết dạy thực hành môn Tiếng Việt lớp 3",
                "Một tiết dạy thực hành môn Tiếng Việt lớp 3", "figure"),
            P("Phát biểu tại buổi tổng kết, bà Nguyễn Thị Hồng Vân, Trưởng phòng GD&ĐT đề nghị các "
              "nhà trường nhân rộng những tiết dạy tốt qua sinh hoạt chuyên môn cụm."),
        ],
        authors=["Hoàng Thị Mai"],
        photographers=["Hoàng Thị Mai"],
        summary="Chiều 02/12, Phòng GD&ĐT huyện Krông Pắc tổ chức tổng kết và trao giải Hội thi "
        "giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026-2027.",
        sapo_outside=True,
        opts={"tpl_date": "Thứ Năm, 03/12/2026 2:30 CH", "tpl_author": "Tin, ảnh: Hoàng Thị Mai (Trường TH Lê Lợi)",
              "modified": "04/12/26", "views": 412},
    ),
    Story(
        2,
        "trao-120-suat-hoc-bong-cho-hoc-sinh-dan-toc-thieu-so",
        "Trao 120 suất học bổng cho học sinh dân tộc thiểu số có hoàn cảnh khó khăn",
        A,
        "2026-12-01T09:15:00+07:00",
        [
            P("Sáng 01/12/2026, Phòng GD&ĐT phối hợp với Hội Khuyến học huyện trao 120 suất học "
              "bổng cho học sinh dân tộc thiểu số đang học tại các trường trên địa bàn."),
            P("Mỗi suất học bổng trị giá 1.500.000 đồng kèm bộ sách giáo khoa và đồ dùng học tập."),
            Img(_img("hoc-bong-2026.jpg", "33aa9051-0c2e-4b8a-8f71-5b0e6d2c7a03"),
                "Ảnh: Y Phương Niê", None, "figure"),
            P("Các suất học bổng do Quỹ Vì trẻ em Tây Nguyên và các doanh nghiệp trên địa bàn tài trợ."),
        ],
        authors=["Lê Văn Hùng"],
        photographers=["Y Phương Niê"],
        opts={"tpl_date": "Thứ Ba, 01/12/2026 9:15 SA", "tpl_author": "Tác giả: ThS. Lê Văn Hùng - Phó Trưởng phòng",
              "modified": "02/12/26", "insts": [A, B]},
    ),
    Story(
        3,
        "ra-quan-pho-cap-boi-cho-hoc-sinh-mua-kho",
        "Huyện Krông Pắc ra quân phổ cập bơi cho học sinh mùa khô",
        A,
        "2026-11-24",
        [
            P("Nhằm phòng, chống đuối nước cho trẻ em, Phòng GD&ĐT triển khai lớp phổ cập bơi cho "
              "học sinh từ lớp 3 đến lớp 7 tại hồ bơi Trung tâm Văn hóa huyện."),
            P("Mỗi lớp học kéo dài 10 buổi, học sinh được hướng dẫn kỹ năng an toàn trong môi "
              "trường nước và các kỹ thuật bơi cơ bản."),
            Img(_img("pho-cap-boi.jpg", "7e2d0f8c-1a93-4c55-b6e0-9f3a2c8d1e04"),
                "Học sinh Trường THCS Phan Chu Trinh học bơi",
                "Học sinh Trường THCS Phan Chu Trinh học bơi", "center-em"),
            P("Theo kế hoạch, năm học này toàn huyện tổ chức 24 lớp phổ cập bơi cho khoảng 700 học sinh."),
        ],
        source="Báo Đắk Lắk",
        opts={"tpl_date": "Ngày 24/11/2026", "tpl_source": "Theo Báo Đắk Lắk", "modified": "25/11/26"},
    ),
    Story(
        4,
        "hoi-nghi-chuyen-de-nang-cao-chat-luong-day-hoc-mon-tieng-anh-thcs",
        "Hội nghị chuyên đề nâng cao chất lượng dạy học môn Tiếng Anh cấp THCS",
        A,
        "2026-11-18T08:00:00+07:00",
        [
            P("Ngày 18/11/2026, tại Trường THCS Nguyễn Du, Phòng GD&ĐT tổ chức hội nghị chuyên đề "
              "nâng cao chất lượng dạy học môn Tiếng Anh cấp THCS."),
            P("Những giải pháp chính", "h3"),
            P("Tăng cường hoạt động giao tiếp trong giờ học, giảm thời lượng giảng giải ngữ pháp.", "li"),
            P("Ứng dụng phần mềm luyện nghe, nói trên phòng máy của nhà trường.", "li"),
            P("Tổ chức câu lạc bộ Tiếng Anh định kỳ hằng tháng.", "li"),
            Img(_img("chuyen-de-tieng-anh.jpg", "c1f0e7a2-5d48-4e39-8a16-0b7c3d9e2f05"),
                "(Tiết dạy minh họa của cô Phạm Thị Thu Trang)",
                "Tiết dạy minh họa của cô Phạm Thị Thu Trang", "table"),
            P("Hội nghị thống nhất triển khai các giải pháp ngay từ học kỳ I năm học 2026-2027."),
        ],
        authors=["Tổ Chuyên môn THCS"],
        opts={"tpl_date": "Thứ Tư, 18/11/2026 8:00 SA", "tpl_author": "Tổ Chuyên môn THCS", "modified": "19/11/26"},
    ),
    Story(
        5,
        "truong-mam-non-hoa-sen-don-bang-cong-nhan-dat-chuan-quoc-gia",
        "Trường Mầm non Hoa Sen đón Bằng công nhận trường đạt chuẩn quốc gia mức độ 1",
        A,
        "2026-11-10",
        [
            P("Trường Mầm non Hoa Sen (xã Ea Phê) vừa long trọng tổ chức lễ đón Bằng công nhận "
              "trường đạt chuẩn quốc gia mức độ 1 và kiểm định chất lượng giáo dục cấp độ 2."),
            P("Sau 5 năm xây dựng, nhà trường có 12 phòng học kiên cố, bếp ăn một chiều và khu vui "
              "chơi ngoài trời đạt chuẩn."),
            P("Đây là trường mầm non thứ 14 của huyện đạt chuẩn quốc gia."),
        ],
        authors=["Đỗ Thị Lan"],
        photographers=["Quốc Bảo"],
        opts={"tpl_date": "Thứ Ba, 10/11/2026 12:00 SA", "tpl_author": "Tin: Đỗ Thị Lan - Ảnh: Quốc Bảo",
              "modified": "12/11/26"},
    ),
    Story(
        6,
        "tap-huan-su-dung-sach-giao-khoa-lop-5-gdpt-2018",
        "Tập huấn sử dụng sách giáo khoa lớp 5 theo chương trình GDPT 2018",
        B,
        "2026-12-04T15:45:00+07:00",
        [
            P("Phòng GD&ĐT tổ chức tập huấn sử dụng sách giáo khoa lớp 5 cho 146 giáo viên chủ "
              "nhiệm và cán bộ quản lý các trường tiểu học."),
            P("Báo cáo viên là giáo viên cốt cán cấp tỉnh, trực tiếp hướng dẫn thiết kế kế hoạch bài "
              "dạy và đánh giá học sinh theo Thông tư 27/2020/TT-BGDĐT."),
            Img(_img("tap-huan-lop5.jpg", "5b9e3c71-2f08-4d6a-9c34-8e1f0a7b3d06"),
                "Giáo viên thực hành thiết kế kế hoạch bài dạy",
                "Giáo viên thực hành thiết kế kế hoạch bài dạy", "figure"),
            P("Kết thúc tập huấn, các học viên làm bài thu hoạch và nộp sản phẩm trên hệ thống "
              "LMS của Sở GD&ĐT."),
        ],
        authors=["Nguyễn Minh Tâm"],
        source="Sở GD&ĐT Đắk Lắk",
        summary="Phòng GD&ĐT tổ chức tập huấn sử dụng sách giáo khoa lớp 5 cho 146 giáo viên chủ "
        "nhiệm và cán bộ quản lý các trường tiểu học.",
        opts={"tpl_date": "Thứ Sáu, 04/12/2026 3:45 CH", "tpl_author": "Nguyễn Minh Tâm",
              "tpl_source": "Nguồn: Sở GD&ĐT Đắk Lắk", "modified": "05/12/26", "lead_bold": True},
    ),
    Story(
        7,
        "sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-cum-ea-kly",
        "Sinh hoạt chuyên môn theo nghiên cứu bài học tại cụm trường xã Ea Kly",
        B,
        "2026-11-27T10:00:00+07:00",
        [
            P("Sinh hoạt chuyên môn theo nghiên cứu bài học giúp giáo viên tập trung quan sát việc "
              "học của học sinh thay vì đánh giá giờ dạy."),
            P("Tại buổi sinh hoạt, giáo viên Trường TH Ea Kly dạy minh họa bài “Phép chia có dư” "
              "lớp 3; các giáo viên dự giờ ghi chép biểu hiện học tập của từng nhóm."),
            Img(_img("nghien-cuu-bai-hoc.jpg", "e8d4a2b6-3c17-4f90-b5e8-1d6c9a0f2e07"),
                "(Giáo viên quan sát hoạt động nhóm của học sinh)",
                "Giáo viên quan sát hoạt động nhóm của học sinh", "table"),
            P("Buổi sinh hoạt kết thúc bằng phần chia sẻ, rút kinh nghiệm của tổ chuyên môn."),
        ],
        authors=["Trần Thị Ngọc Ánh"],
        summary="Ngày 27/11/2026, cụm chuyên môn số 3 tổ chức sinh hoạt chuyên môn theo nghiên cứu "
        "bài học tại Trường TH Ea Kly.",
        sapo_outside=True,
        opts={"tpl_date": "Thứ Sáu, 27/11/2026 10:00 SA", "tpl_author": "Tác giả: CN. Trần Thị Ngọc Ánh",
              "modified": "30/11/26"},
    ),
    Story(
        8,
        "chuyen-de-doi-moi-phuong-phap-day-hoc-mon-toan-thcs",
        "Chuyên đề “Đổi mới phương pháp dạy học môn Toán theo hướng phát triển năng lực” cấp THCS",
        B,
        "2026-11-20",
        [
            P("Chuyên đề được tổ chức tại Trường THCS Lê Quý Đôn với sự tham dự của 58 giáo viên "
              "dạy Toán trong huyện."),
            P("Hai tiết dạy minh họa ở lớp 7 và lớp 9 vận dụng kỹ thuật khăn trải bàn và trò chơi "
              "học tập, được đánh giá cao về tính tích cực của học sinh."),
            P("Các trường sẽ tiếp tục tổ chức chuyên đề ở cấp trường trong học kỳ II."),
        ],
        opts={"tpl_date": None, "meta_date": "20/11/26", "modified": "21/11/26"},
    ),
    Story(
        9,
        "hoi-thao-ung-dung-cong-nghe-thong-tin-trong-quan-ly-truong-hoc",
        "Hội thảo ứng dụng công nghệ thông tin trong quản lý trường học",
        B,
        "2026-11-05T13:30:00+07:00",
        [
            P("Chiều 05/11/2026, Phòng GD&ĐT tổ chức hội thảo ứng dụng công nghệ thông tin trong "
              "quản lý trường học năm học 2026-2027.", "div"),
            P("Hội thảo tập trung vào ba nội dung:", "div"),
            P("- Quản lý hồ sơ điện tử và học bạ số;", "divbr"),
            P("- Sử dụng phần mềm quản lý trường học thống nhất toàn tỉnh;", "divbr"),
            P("- Bảo đảm an toàn thông tin trên môi trường mạng.", "div"),
            P("Các trường tham dự đã chia sẻ kinh nghiệm triển khai học bạ số ở cấp tiểu học.", "div"),
        ],
        authors=["Phan Quốc Việt"],
        opts={"tpl_date": "Thứ Năm, 05/11/2026 1:30 CH", "tpl_author": "Phan Quốc Việt", "modified": "06/11/26"},
    ),
    Story(
        10,
        "kiem-tra-noi-bo-truong-hoc-hoc-ky-i",
        "Kiểm tra nội bộ trường học học kỳ I năm học 2026-2027",
        B,
        "2026-10-22T07:30:00+07:00",
        [
            P("Phòng GD&ĐT hướng dẫn các trường xây dựng kế hoạch kiểm tra nội bộ học kỳ I, tập "
              "trung vào hồ sơ chuyên môn và việc thực hiện chương trình."),
            P("Hiệu trưởng chịu trách nhiệm thành lập ban kiểm tra và công khai kết quả trước hội "
              "đồng sư phạm."),
            P("Báo cáo kết quả kiểm tra gửi về Phòng GD&ĐT trước ngày 15/01/2027."),
        ],
        authors=["Tổ Thanh tra"],
        opts={"tpl_date": "Thứ Năm, 22/10/2026 7:30 SA", "tpl_author": "Tổ Thanh tra", "modified": "23/10/26"},
    ),
    Story(
        11,
        "thong-bao-tuyen-dung-vien-chuc-giao-duc-nam-2026",
        "Thông báo về việc tuyển dụng viên chức giáo dục năm 2026",
        C,
        "2026-11-30",
        [
            P("Căn cứ Nghị định số 115/2020/NĐ-CP ngày 25/9/2020 của Chính phủ quy định về tuyển "
              "dụng, sử dụng và quản lý viên chức;"),
            P("Phòng Giáo dục và Đào tạo huyện Krông Pắc thông báo tuyển dụng 37 chỉ tiêu viên chức "
              "giáo viên mầm non, tiểu học và trung học cơ sở năm 2026."),
            P("Thời gian nhận phiếu đăng ký dự tuyển từ ngày 01/12/2026 đến hết ngày 30/12/2026 tại "
              "Bộ phận một cửa của Phòng GD&ĐT."),
            P("Mọi chi tiết xin liên hệ số điện thoại 0262.3521.118 trong giờ hành chính."),
        ],
        authors=["Nguyễn Thanh Bình"],
        opts={"notice": True, "modified": "01/12/26", "so": "Số: 412/TB-PGDĐT"},
    ),
    Story(
        12,
        "thong-bao-lich-nghi-tet-duong-lich-nam-2027",
        "Thông báo lịch nghỉ Tết Dương lịch năm 2027 đối với các trường học",
        C,
        "2026-12-02T16:00:00+07:00",
        [
            P("Thực hiện công văn của Sở GD&ĐT Đắk Lắk, Phòng GD&ĐT thông báo lịch nghỉ Tết Dương "
              "lịch năm 2027 như sau:"),
            P("👉 Cán bộ, giáo viên, học sinh nghỉ 01 ngày: Thứ Sáu, ngày 01/01/2027."),
            P("👉 Các trường bố trí trực bảo vệ và phòng cháy chữa cháy trong thời gian nghỉ."),
            P("Hiệu trưởng các trường triển khai thông báo này đến toàn thể cán bộ, giáo viên và cha "
              "mẹ học sinh."),
        ],
        authors=["Văn phòng Phòng GD&ĐT"],
        opts={"tpl_date": "Thứ Tư, 02/12/2026 4:00 CH", "tpl_author": "Văn phòng Phòng GD&ĐT", "modified": "03/12/26"},
    ),
    Story(
        13,
        "thong-bao-ket-qua-thi-chon-hoc-sinh-gioi-lop-9-cap-huyen",
        "Thông báo kết quả thi chọn học sinh giỏi lớp 9 cấp huyện",
        C,
        "2026-10-15T17:00:00+07:00",
        [
            P("Phòng GD&ĐT thông báo kết quả kỳ thi chọn học sinh giỏi lớp 9 cấp huyện năm học "
              "2026-2027 như sau:"),
            P("Môn | Số dự thi | Số đạt giải", "tr"),
            P("Ngữ văn | 64 | 29", "tr"),
            P("Toán | 71 | 33", "tr"),
            P("Tiếng Anh | 58 | 27", "tr"),
            P("Danh sách học sinh đạt giải được gửi kèm theo thông báo này đến các trường."),
        ],
        opts={"tpl_date": "Thứ Năm, 15/10/2026 5:00 CH", "modified": "16/10/26"},
    ),
]

BY_SLUG = {s.slug: s for s in STORIES}


def insts(story: Story) -> list[str]:
    return story.opts.get("insts", [story.cat])


def content_path(story: Story, inst: str | None = None) -> str:
    return f"{NEWS}/-/asset_publisher/{inst or story.cat}/content/{story.slug}"


def redirect_path(story: Story, inst: str | None = None) -> str:
    inst = inst or story.cat
    return content_path(story, inst) + f"?_{NS}{inst}_redirect={quote(NEWS, safe='')}"


def print_path(story: Story, inst: str | None = None) -> str:
    inst = inst or story.cat
    return content_path(story, inst) + f"?p_p_state=pop_up&_{NS}{inst}_viewMode=print"


def list_path(inst: str, page: int) -> str:
    return f"{NEWS}?p_p_id={NS}{inst}&_{NS}{inst}_cur={page}"


def members(inst: str) -> list[Story]:
    found = [s for s in STORIES if inst in insts(s)]
    return sorted(found, key=lambda s: s.published_at or "", reverse=True)


def _meta_short(story: Story) -> str:
    """dd/MM/yy of the display date, as the asset metadata prints it."""
    y, m, d = story.published_at[:10].split("-")
    return f"{d}/{m}/{y[2:]}"


# --- rendering of the template ---------------------------------------------------------------


def render_blocks(story: Story) -> str:
    out: list[str] = []
    blocks = story.blocks
    i = 0
    first_p = True
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P):
            if b.style == "li":
                items = []
                while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                    items.append(f"<li>{esc(blocks[i].text)}</li>")
                    i += 1
                out.append("<ul>\n" + "\n".join(items) + "\n</ul>")
                continue
            if b.style == "tr":
                rows = []
                while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "tr":
                    cells = "".join(
                        f'<td style="border:1px solid #999;padding:4px">{esc(c)}</td>'
                        for c in blocks[i].text.split(" | ")
                    )
                    rows.append(f"<tr>{cells}</tr>")
                    i += 1
                out.append('<table border="1" cellpadding="1" cellspacing="1" style="width:100%">'
                           "<tbody>" + "".join(rows) + "</tbody></table>")
                continue
            if b.style in ("div", "divbr"):
                lines = []
                while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "divbr":
                    lines.append(esc(blocks[i].text))
                    i += 1
                if lines:
                    last = blocks[i]
                    lines.append(esc(last.text))
                    out.append('<div style="text-align: justify;">' + "<br />\n".join(lines) + "</div>")
                else:
                    out.append(f'<div style="text-align: justify;">{esc(b.text)}</div>')
                i += 1
                continue
            if b.style == "h3":
                out.append(f'<h3 style="font-size:15px"><strong>{esc(b.text)}</strong></h3>')
            elif first_p and story.opts.get("lead_bold"):
                out.append(f'<p style="text-align: justify;"><strong>{esc(b.text)}</strong></p>')
            else:
                out.append(f'<p style="text-align: justify;">{esc(b.text)}</p>')
            first_p = False
        elif isinstance(b, Img):
            out.append(render_img(b, story))
        elif isinstance(b, Raw):
            out.append(b.html)
        out.append("<p>&nbsp;</p>" if i % 3 == 2 else "")
        i += 1
    return "\n".join(x for x in out if x)


def render_img(img: Img, story: Story) -> str:
    alt = esc(story.title)
    if img.style == "table":
        return (
            '<table align="center" border="0" cellpadding="2" cellspacing="0" class="khung-anh" '
            'style="width:600px"><tbody>'
            f'<tr><td><img alt="{alt}" src="{esc(img.src)}" style="width:600px; height:400px" /></td></tr>'
            f'<tr><td style="text-align:center"><span style="font-size:12px"><em>{esc(img.printed or "")}'
            "</em></span></td></tr></tbody></table>"
        )
    if img.style == "figure":
        return (
            '<figure class="image" style="display:inline-block">'
            f'<img alt="" height="400" src="{esc(img.src)}" width="600" />'
            f"<figcaption>{esc(img.printed or '')}</figcaption></figure>"
        )
    return (
        f'<p style="text-align:center"><img alt="{alt}" src="{esc(img.src)}" style="width:580px" /></p>\n'
        f'<p style="text-align:center"><span style="color:#2c3e50"><em>{esc(img.printed or "")}</em></span></p>'
    )


def notice_html(story: Story) -> str:
    paras = "\n".join(f'<p style="text-indent:36px;text-align:justify">{esc(p.text)}</p>' for p in story.blocks
                      if isinstance(p, P))
    return f"""<table border="0" cellpadding="0" cellspacing="0" style="width:100%"><tbody>
<tr><td style="text-align:center;width:40%">UBND HUYỆN KRÔNG PẮC<br /><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</strong></td>
<td style="text-align:center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br /><strong>Độc lập - Tự do - Hạnh phúc</strong></td></tr>
<tr><td style="text-align:center">{esc(story.opts["so"])}</td>
<td style="text-align:center"><em>Krông Pắc, ngày 30 tháng 11 năm 2026</em></td></tr>
</tbody></table>
<p style="text-align:center"><strong>THÔNG BÁO</strong><br /><strong>Về việc tuyển dụng viên chức giáo dục năm 2026</strong></p>
{paras}
<table border="0" cellpadding="0" cellspacing="0" style="width:100%"><tbody><tr>
<td style="vertical-align:top;width:50%"><strong><em>Nơi nhận:</em></strong><br />- UBND huyện (b/c);<br />- Các trường MN, TH, THCS;<br />- Website Phòng;<br />- Lưu: VT.</td>
<td style="text-align:center;vertical-align:top"><strong>KT. TRƯỞNG PHÒNG<br />PHÓ TRƯỞNG PHÒNG</strong><br /><br /><em>(Đã ký)</em><br /><br /><strong>Nguyễn Thanh Bình</strong></td>
</tr></tbody></table>"""


def article_html(story: Story) -> str:
    """The FreeMarker template's output (structure "Tin bài PGD" / "Thông báo")."""
    aid = 40500 + story.id * 7
    if story.opts.get("notice"):
        inner = f'<div class="tb-thongbao">{notice_html(story)}</div>'
    else:
        parts = ['<div class="ct-tinbai">']
        if story.opts.get("tpl_date"):
            parts.append('<div class="tb-ngay"><svg class="lexicon-icon lexicon-icon-calendar" focusable="false" '
                         'role="presentation"><use xlink:href="/o/pgd-theme/images/clay/icons.svg#calendar"></use>'
                         f'</svg> {esc(story.opts["tpl_date"])}</div>')
        if story.summary and story.sapo_outside:
            parts.append(f'<div class="tb-tomtat"><p><strong>{esc(story.summary)}</strong></p></div>')
        parts.append(f'<div class="tb-noidung">\n{render_blocks(story)}\n</div>')
        if story.opts.get("tpl_author"):
            parts.append('<div class="tb-tacgia" style="text-align:right"><p><strong>'
                         f'{esc(story.opts["tpl_author"])}</strong></p></div>')
        if story.opts.get("tpl_source"):
            parts.append(f'<div class="tb-nguon" style="text-align:right"><em>{esc(story.opts["tpl_source"])}</em></div>')
        parts.append("</div>")
        inner = "\n".join(parts)
    return (f'<div class="journal-content-article " data-analytics-asset-id="{aid}" '
            f'data-analytics-asset-title="{esc(story.title)}" data-analytics-asset-type="web-content">\n'
            f"{inner}\n</div>")


def asset_metadata(story: Story) -> str:
    entries = [
        '<span class="metadata-entry metadata-author"><span class="user-avatar-image">'
        '<span class="sticker sticker-circle sticker-light user-icon-color-3"><img alt="Trần Văn Đức" '
        'class="sticker-img" src="/image/user_portrait?img_id=35107&amp;t=1764600000000" /></span></span>'
        ' <span class="text-secondary">Người đăng</span> Trần Văn Đức</span>'
    ]
    if story.opts.get("meta_date"):
        entries.append(f'<span class="metadata-entry metadata-publish-date">Ngày đăng {story.opts["meta_date"]}</span>')
    entries.append(f'<span class="metadata-entry metadata-modified-date">Ngày sửa đổi {story.opts["modified"]}</span>')
    entries.append(f'<span class="metadata-entry metadata-view-count">{story.opts.get("views", story.views())} '
                   "Lượt xem</span>")
    return '<div class="asset-metadata">\n' + "\n".join(entries) + "\n</div>"


# --- chrome ----------------------------------------------------------------------------------

MENU = [
    ("Trang chủ", SITE, []),
    ("Giới thiệu", f"{SITE}/gioi-thieu", [("Cơ cấu tổ chức", f"{SITE}/co-cau-to-chuc"),
                                           ("Trường học trực thuộc", f"{SITE}/truong-hoc")]),
    ("Tin tức", NEWS, [(CATEGORY_OF[i], f"{NEWS}#p_p_id_{NS}{i}_") for i in (A, B, C)]),
    ("Văn bản", f"{SITE}/van-ban", []),
    ("Thư viện ảnh", f"{SITE}/thu-vien-anh", []),
    ("Liên hệ", f"{SITE}/lien-he", []),
]


def nav(active: str) -> str:
    items = []
    for label, href, sub in MENU:
        cls = "lfr-nav-item nav-item" + (" selected active" if label == active else "")
        if sub:
            subs = "".join(f'<li class="nav-item" role="presentation"><a class="dropdown-item" href="{esc(h)}" '
                           f'role="menuitem">{esc(t)}</a></li>' for t, h in sub)
            items.append(f'<li class="{cls} dropdown" role="presentation"><a aria-haspopup="true" '
                         f'class="dropdown-toggle nav-link" href="{esc(href)}" role="menuitem"><span>'
                         f'{esc(label)}</span> <svg class="lexicon-icon lexicon-icon-caret-bottom"><use '
                         'xlink:href="/o/pgd-theme/images/clay/icons.svg#caret-bottom"></use></svg></a>'
                         f'<ul aria-expanded="false" class="child-menu dropdown-menu" role="menu">{subs}</ul></li>')
        else:
            items.append(f'<li class="{cls}" role="presentation"><a class="nav-link" href="{esc(href)}" '
                         f'role="menuitem"><span>{esc(label)}</span></a></li>')
    return ('<nav class="sort-pages modify-pages navbar navbar-expand-md navbar-dark bg-primary" '
            'id="navigation" role="navigation"><h1 class="hide-accessible">Điều hướng</h1>'
            '<ul aria-label="Các trang web" class="navbar-nav" role="menubar">' + "".join(items) + "</ul></nav>")


def breadcrumb(trail: list[tuple[str, str | None]]) -> str:
    lis = []
    for label, href in trail:
        if href:
            lis.append(f'<li class="breadcrumb-item"><a class="breadcrumb-link" href="{esc(href)}" '
                       f'title="{esc(label)}"><span class="breadcrumb-text-truncate">{esc(label)}</span></a></li>')
        else:
            lis.append(f'<li class="active breadcrumb-item"><span class="breadcrumb-text-truncate">'
                       f"{esc(label)}</span></li>")
    return ('<div class="portlet-boundary portlet-boundary_com_liferay_site_navigation_breadcrumb_web_portlet_'
            'SiteNavigationBreadcrumbPortlet_ portlet-static" id="p_p_id_com_liferay_site_navigation_breadcrumb_web_'
            'portlet_SiteNavigationBreadcrumbPortlet_INSTANCE_bcrumb01_"><nav aria-label="Đường dẫn">'
            '<ol class="breadcrumb">' + "".join(lis) + "</ol></nav></div>")


def portlet(pid: str, title: str | None, body: str, extra: str = "") -> str:
    kind = pid.split("_INSTANCE_")[0]
    head = (f'<div class="autofit-float autofit-row portlet-header"><div class="autofit-col autofit-col-expand">'
            f'<h2 class="portlet-title-text">{esc(title)}</h2></div></div>') if title else ""
    return (f'<div class="portlet-boundary portlet-boundary_{kind}_ portlet-static portlet-static-end '
            f'portlet-decorate {extra}" id="p_p_id_{pid}_"><span id="p_{pid}"></span>'
            f'<section class="portlet" id="portlet_{pid}"><div class="portlet-content">{head}'
            f'<div class=" portlet-content-container"><div class="portlet-body">{body}</div></div></div>'
            "</section></div>")


def hotline_wcd() -> str:
    body = ('<div class="journal-content-article " data-analytics-asset-id="38001" '
            'data-analytics-asset-title="Đường dây nóng" data-analytics-asset-type="web-content">'
            '<p style="text-align: justify;">Đường dây nóng tiếp nhận phản ánh về tình trạng lạm thu, dạy thêm '
            "học thêm trái quy định trong các trường học trên địa bàn huyện.</p>"
            '<p style="text-align: justify;">Điện thoại: 0262.3521.118 – Email: pgdkrongpac@daklak.edu.vn. '
            "Mọi phản ánh được giữ bí mật thông tin người cung cấp.</p></div>")
    return portlet("com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_duongday01",
                   "Đường dây nóng", body)


def sidebar() -> str:
    most = members(A)[:2] + members(B)[:2]
    most_html = "".join(f'<li><a href="{esc(content_path(s))}">{esc(s.title)}</a></li>' for s in most)
    return "".join([
        portlet("com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_docnhieu9Xw",
                "Đọc nhiều nhất",
                f'<ul class="list-unstyled ds-docnhieu">{most_html}</ul>'),
        portlet("com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_lienket02",
                "Liên kết website",
                '<div class="journal-content-article "><ul>'
                '<li><a href="https://moet.gov.vn" target="_blank">Bộ Giáo dục và Đào tạo</a></li>'
                '<li><a href="https://daklak.edu.vn" target="_blank">Sở GD&amp;ĐT Đắk Lắk</a></li>'
                '<li><a href="https://krongpac.daklak.gov.vn" target="_blank">UBND huyện Krông Pắc</a></li>'
                "</ul></div>"),
        portlet("com_liferay_polls_web_portlet_PollsDisplayPortlet_INSTANCE_binhchon1",
                "Thăm dò ý kiến",
                '<form action="#" method="post" name="_poll_fm"><p>Bạn quan tâm nội dung nào trên website?</p>'
                '<label><input name="choice" type="radio" value="a" /> Tin tức giáo dục</label><br />'
                '<label><input name="choice" type="radio" value="b" /> Văn bản chỉ đạo</label><br />'
                '<label><input name="choice" type="radio" value="c" /> Thông báo tuyển dụng</label><br />'
                '<button class="btn btn-primary btn-sm" type="button">Bình chọn</button></form>'),
        portlet("pgd_thongke_web_portlet_ThongKePortlet_INSTANCE_tk01", "Thống kê truy cập",
                '<table class="tk-truycap"><tr><td>Đang online</td><td>27</td></tr>'
                "<tr><td>Hôm nay</td><td>1.204</td></tr><tr><td>Tổng truy cập</td><td>2.318.506</td></tr></table>"),
    ])


def page(request: Request, title: str, active: str, trail: list, main: str, *, canonical: str | None = None,
         description: str = "", page_name: str | None = None) -> Response:
    base = base_url(request)
    canon = canonical or request.path
    head_desc = f'<meta content="{esc(description)}" lang="vi-VN" name="description" />' if description else ""
    name = f'<h1 class="ten-trang">{esc(page_name)}</h1>' if page_name else ""
    body = f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head>
<title>{esc(title)} - Phòng GD&amp;ĐT Krông Pắc</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
{head_desc}
<link data-senna-track="temporary" href="{base}{esc(canon)}" rel="canonical" />
<link data-senna-track="temporary" href="{base}{esc(canon)}" hreflang="x-default" rel="alternate" />
<link data-senna-track="temporary" href="{base}{esc(canon)}" hreflang="vi-VN" rel="alternate" />
<meta property="og:locale" content="vi_VN">
<meta property="og:site_name" content="Phòng GD&amp;ĐT Krông Pắc">
<meta property="og:title" content="{esc(title)} - Phòng GD&amp;ĐT Krông Pắc">
<meta property="og:type" content="website">
<link href="/o/pgd-theme/images/favicon.ico" rel="icon" />
<link class="lfr-css-file" data-senna-track="temporary" href="/o/pgd-theme/css/clay.css?browserId=other&amp;themeId=pgdkrongpac_WAR_pgdtheme&amp;languageId=vi_VN&amp;b=7210&amp;t=1764576000000" id="liferayAUICSS" rel="stylesheet" type="text/css" />
<script data-senna-track="permanent" src="/combo?browserId=other&amp;minifierType=js&amp;languageId=vi_VN&amp;b=7210&amp;t=1764576000000&amp;/o/frontend-js-aui-web/aui/aui/aui.js" type="text/javascript"></script>
<script type="text/javascript">var themeDisplay = Liferay.ThemeDisplay = {{getLanguageId: function() {{return "vi_VN";}}, getScopeGroupId: function() {{return "20126";}}}};</script>
</head>
<body class="controls-visible chrome signed-out public-page site">
<nav aria-label="Liên kết Nhanh" class="quick-access-nav" id="pmyd_quickAccessNav"><h1 class="hide-accessible">Điều hướng</h1>
<ul><li><a href="#main-content">Chuyển đến Nội dung chính</a></li></ul></nav>
<div class="container-fluid" id="wrapper">
<header id="banner" role="banner">
<div class="thanh-top d-flex justify-content-between"><span class="ngay-hien-tai">{HEADER_DATE}</span>
<form action="{SITE}/tim-kiem" class="form-tim-kiem" method="get"><input name="q" placeholder="Tìm kiếm..." type="text" />
<button class="btn btn-unstyled" type="submit"><span class="sr-only">Tìm kiếm</span></button></form></div>
<div class="banner-logo"><a class="logo custom-logo" href="{SITE}" title="Đi tới Phòng GD&amp;ĐT Krông Pắc">
<img alt="Phòng GD&amp;ĐT Krông Pắc" height="90" src="/image/layout_set_logo?img_id=35001&amp;t=1764576000000" /></a>
<div class="ten-don-vi"><span class="cap-tren">UBND HUYỆN KRÔNG PẮC</span><span class="ten-chinh">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</span></div></div>
{nav(active)}
</header>
<section id="content">
{breadcrumb(trail)}
{name}
<div class="columns-2" id="main-content" role="main">
<div class="portlet-layout row">
<div class="col-md-8 portlet-column portlet-column-first" id="column-1"><div class="portlet-dropzone portlet-column-content" id="layout-column_column-1">
{main}
</div></div>
<div class="col-md-4 portlet-column portlet-column-last" id="column-2"><div class="portlet-dropzone portlet-column-content" id="layout-column_column-2">
{sidebar()}
</div></div>
</div></div>
</section>
<footer id="footer" role="contentinfo">
<p><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN KRÔNG PẮC</strong></p>
<p>Địa chỉ: 02 Giải Phóng, thị trấn Phước An, huyện Krông Pắc, tỉnh Đắk Lắk</p>
<p>Điện thoại: 0262.3521.118 - Email: pgdkrongpac@daklak.edu.vn</p>
<p>© 2026 Phòng GD&amp;ĐT Krông Pắc. Thiết kế bởi VNPT Đắk Lắk. Powered by Liferay</p>
</footer>
</div>
</body>
</html>"""
    return html(body)


# --- Asset Publisher displays ----------------------------------------------------------------


def paginator(inst: str, cur: int, total: int, delta: int) -> str:
    pages = (total + delta - 1) // delta
    if pages <= 1:
        return ""

    def item(label: str, target: int | None, active: bool = False, sr: str = "") -> str:
        if target is None:
            return f'<li class="page-item disabled"><span class="page-link">{label}</span></li>'
        cls = "page-item active" if active else "page-item"
        srs = f'<span class="sr-only">{sr}</span>' if sr else ""
        return f'<li class="{cls}"><a class="page-link" href="{esc(list_path(inst, target))}">{label}{srs}</a></li>'

    lis = [item("«", 1 if cur > 1 else None, sr="Đầu"), item("‹", cur - 1 if cur > 1 else None, sr="Trước")]
    lis += [item(str(p), p, p == cur) for p in range(1, pages + 1)]
    lis += [item("›", cur + 1 if cur < pages else None, sr="Tiếp"), item("»", pages if cur < pages else None, sr="Cuối")]
    start = (cur - 1) * delta + 1
    end = min(cur * delta, total)
    return (f'<div class="pagination-bar"><div class="pagination-items-per-page"><span>{delta} Mục mỗi trang</span>'
            f'</div><div class="pagination-results">Hiển thị mục từ {start} đến {end} trong tổng số {total} kết quả.'
            f'</div><ul class="pagination">{"".join(lis)}</ul></div>')


def full_entry(story: Story, inst: str) -> str:
    return f"""<div class="asset-full-content clearfix default-asset-publisher mb-5 show-asset-title">
<div class="align-items-center d-flex mb-2"><p class="component-title h4"><span class="asset-title">{esc(story.title)}</span></p>
<div class="autofit-col asset-user-actions">
<a class="lfr-portal-tooltip" href="{esc(print_path(story, inst))}" title="In"><svg class="lexicon-icon lexicon-icon-print"><use xlink:href="/o/pgd-theme/images/clay/icons.svg#print"></use></svg><span class="sr-only">In {esc(story.title)}</span></a>
<a class="lfr-portal-tooltip" href="{esc(content_path(story, inst))}" title="Liên kết cố định"><svg class="lexicon-icon lexicon-icon-link"><use xlink:href="/o/pgd-theme/images/clay/icons.svg#link"></use></svg></a>
</div></div>
<div class="asset-content">
{article_html(story)}
</div>
{asset_metadata(story)}
</div>"""


def abstract_entry(story: Story, inst: str) -> str:
    link = redirect_path(story, inst)
    short = story.summary or story.paragraphs[0]
    short = short[:110].rsplit(" ", 1)[0] + "…"
    imgs = story.images
    thumb = ""
    if imgs:
        thumb = (f'<div class="asset-small-image"><a href="{esc(link)}"><img alt="" class="asset-small-image img-thumbnail" '
                 f'src="/image/journal/article?img_id={41600 + story.id}&amp;t=1764700000000" width="150" /></a></div>')
    return f"""<div class="asset-abstract default-asset-publisher">
{thumb}
<h4 class="asset-title"><a href="{esc(link)}">{esc(story.title)}</a></h4>
<div class="asset-summary">{esc(short)}</div>
<div class="asset-more"><a href="{esc(link)}">Đọc thêm<span class="hide-accessible"> về {esc(story.title)}</span> »</a></div>
<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">{_meta_short(story)}</span></div>
</div>"""


def title_entry(story: Story, inst: str) -> str:
    return (f'<li class="title-list"><a href="{esc(redirect_path(story, inst))}">{esc(story.title)}</a> '
            f'<span class="metadata-publish-date">({_meta_short(story)})</span></li>')


def ap_list(inst: str, cur: int) -> str:
    title, delta, mode = INSTANCES[inst]
    items = members(inst)
    chunk = items[(cur - 1) * delta: cur * delta]
    if mode == "full":
        body = "\n".join(full_entry(s, inst) for s in chunk)
    elif mode == "abstracts":
        body = "\n".join(abstract_entry(s, inst) for s in chunk)
    else:
        body = '<ul class="title-list">' + "\n".join(title_entry(s, inst) for s in chunk) + "</ul>"
    body += paginator(inst, cur, len(items), delta)
    return portlet(f"{NS}{inst}", title, body, "portlet-asset-publisher")


def news_page(request: Request) -> Response | None:
    params = request.params
    curs = {i: 1 for i in INSTANCES}
    if request.query:
        pid = params.get("p_p_id", "")
        inst = pid[len(NS):] if pid.startswith(NS) else ""
        if inst not in INSTANCES:
            return None
        try:
            cur = int(params.get(f"_{NS}{inst}_cur", "1"))
        except ValueError:
            return None
        _, delta, _ = INSTANCES[inst]
        if not 1 <= cur <= (len(members(inst)) + delta - 1) // delta:
            return None
        curs[inst] = cur
    main = "\n".join(ap_list(i, curs[i]) for i in INSTANCES) + hotline_wcd()
    return page(request, "Tin tức", "Tin tức", [("Trang chủ", SITE), ("Tin tức", None)], main,
                canonical=NEWS, page_name="Tin tức")


# --- article pages -----------------------------------------------------------------------------


def related(story: Story) -> str:
    # "Tin mới hơn": the newer posts of the category only, so the oldest are reached via page 2+
    others = [s for s in members(story.cat) if (s.published_at or "") > (story.published_at or "")][-3:]
    if not others:
        return ""
    lis = "".join(f'<li class="list-group-item"><a href="{esc(content_path(s))}">{esc(s.title)}</a></li>'
                  for s in others)
    return (f'<div class="asset-links"><h4 class="component-title">Nội dung liên quan</h4>'
            f'<ul class="list-group">{lis}</ul></div>')


def article_page(request: Request, story: Story, inst: str) -> Response:
    params = request.params
    if params.get("p_p_state") == "pop_up" and params.get(f"_{NS}{inst}_viewMode") == "print":
        body = f"""<!DOCTYPE html><html class="ltr" dir="ltr" lang="vi-VN"><head><title>{esc(story.title)}</title>
<link href="/o/pgd-theme/css/clay.css" rel="stylesheet" type="text/css" /></head>
<body class="portal-popup"><div class="portlet-body">
<div class="taglib-header"><h3 class="header-title"><span>{esc(story.title)}</span></h3></div>
<div class="asset-full-content clearfix"><div class="asset-content">{article_html(story)}</div></div>
<script type="text/javascript">print();</script></div></body></html>"""
        return html(body)
    back = params.get(f"_{NS}{inst}_redirect") or NEWS
    cat = CATEGORY_OF[story.cat]
    ap = f"""<div class="taglib-header "><span class="header-back-to"><a class="icon-monospaced" href="{esc(back)}" title="Quay lại"><svg class="lexicon-icon lexicon-icon-angle-left" focusable="false" role="presentation"><use xlink:href="/o/pgd-theme/images/clay/icons.svg#angle-left"></use></svg><span class="sr-only">Quay lại</span></a></span>
<h3 class="header-title"><span>{esc(story.title)}</span></h3></div>
<div class="asset-full-content clearfix default-asset-publisher show-asset-title">
<div class="asset-user-actions"><a class="lfr-portal-tooltip" href="{esc(print_path(story, inst))}" title="In"><svg class="lexicon-icon lexicon-icon-print"><use xlink:href="/o/pgd-theme/images/clay/icons.svg#print"></use></svg><span class="sr-only">In</span></a>
<a class="lfr-portal-tooltip" href="{esc(content_path(story, inst))}" title="Liên kết cố định"><svg class="lexicon-icon lexicon-icon-link"><use xlink:href="/o/pgd-theme/images/clay/icons.svg#link"></use></svg></a>
<div class="taglib-social-bookmarks"><a class="social-bookmark" href="https://www.facebook.com/sharer/sharer.php?u={quote(base_url(request) + content_path(story), safe='')}" target="_blank"><span class="sr-only">Facebook</span></a></div></div>
<div class="asset-content" id="_{NS}{inst}_{40500 + story.id * 7}">
{article_html(story)}
{related(story)}
</div>
{asset_metadata(story)}
<div class="asset-ratings"><div class="taglib-ratings thumbs"><span class="rating-label">Đánh giá bài viết</span> <a class="rating-thumb-up" href="javascript:;">0</a> <a class="rating-thumb-down" href="javascript:;">0</a></div></div>
<div class="asset-discussion"><div class="taglib-discussion"><h4 class="component-title">0 Bình luận</h4><p class="text-secondary">Hãy đăng nhập để bình luận.</p></div></div>
</div>"""
    main = portlet(f"{NS}{inst}", CATEGORY_OF[inst], ap, "portlet-asset-publisher") + hotline_wcd()
    return page(request, f"{story.title} - Tin tức", "Tin tức",
                [("Trang chủ", SITE), ("Tin tức", NEWS), (cat, f"{NEWS}#p_p_id_{NS}{story.cat}_"), (story.title, None)],
                main, canonical=content_path(story), page_name="Tin tức",
                description=(story.summary or story.paragraphs[0])[:150])


# --- home and static pages ---------------------------------------------------------------------


def home(request: Request) -> Response:
    newest = sorted(STORIES, key=lambda s: s.published_at or "", reverse=True)[:5]
    lead, rest = newest[0], newest[1:]
    items = "".join(
        f'<div class="tin-moi-item"><a href="{esc(content_path(s))}"><span class="tm-tieude">{esc(s.title)}</span></a>'
        f' <span class="tm-ngay">{_meta_short(s)}</span></div>' for s in rest)
    adt = (f'<div class="tin-moi-noibat"><a href="{esc(content_path(lead))}"><img alt="{esc(lead.title)}" '
           f'src="/image/journal/article?img_id={41600 + lead.id}&amp;t=1764700000000" /></a>'
           f'<h3><a href="{esc(content_path(lead))}">{esc(lead.title)}</a></h3></div>{items}')
    featured = STORIES[0]
    wcd = (article_html(featured)
           + f'<p class="xem-chi-tiet"><a href="{esc(content_path(featured))}">Xem chi tiết »</a></p>')
    main = (portlet(f"{NS}tinMoiHome7Q", "Tin mới", adt, "portlet-asset-publisher")
            + portlet("com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_noibat01",
                      "Tin nổi bật", wcd))
    return page(request, "Trang chủ", "Trang chủ", [("Trang chủ", None)], main, canonical=SITE)


def wcd_page(request: Request, name: str, label: str, parent: tuple[str, str] | None, content: str) -> Response:
    trail = [("Trang chủ", SITE)] + ([parent] if parent else []) + [(label, None)]
    body = portlet(f"com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_{name[:8]}01", label,
                   f'<div class="journal-content-article ">{content}</div>')
    active = parent[0] if parent else label
    return page(request, label, active, trail, body, page_name=label)


GIOI_THIEU = """<p style="text-align: justify;"><strong>Phòng Giáo dục và Đào tạo huyện Krông Pắc</strong> là cơ quan chuyên môn thuộc UBND huyện, tham mưu, giúp UBND huyện thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo trên địa bàn.</p>
<p style="text-align: justify;">Toàn huyện hiện có 92 trường mầm non, tiểu học và trung học cơ sở với hơn 48.000 học sinh và 2.700 cán bộ, giáo viên, nhân viên.</p>
<p style="text-align: justify;">Nhiều năm liền, ngành giáo dục huyện được UBND tỉnh tặng Cờ thi đua đơn vị dẫn đầu khối các huyện, thị xã.</p>"""

CO_CAU = """<table border="1" cellpadding="4" style="width:100%"><tbody>
<tr><td><strong>Họ và tên</strong></td><td><strong>Chức vụ</strong></td><td><strong>Điện thoại</strong></td></tr>
<tr><td>Nguyễn Thị Hồng Vân</td><td>Trưởng phòng</td><td>0914.123.456</td></tr>
<tr><td>Lê Văn Hùng</td><td>Phó Trưởng phòng</td><td>0905.234.567</td></tr>
<tr><td>Nguyễn Thanh Bình</td><td>Phó Trưởng phòng</td><td>0983.345.678</td></tr>
</tbody></table>"""

TRUONG_HOC = """<p>Danh sách các trường trực thuộc Phòng GD&amp;ĐT huyện Krông Pắc:</p>
<ul><li>Trường Mầm non Hoa Sen - xã Ea Phê</li><li>Trường TH Lê Lợi - thị trấn Phước An</li>
<li>Trường TH Ea Kly - xã Ea Kly</li><li>Trường THCS Nguyễn Du - xã Ea Kênh</li>
<li>Trường THCS Phan Chu Trinh - xã Krông Búk</li><li>Trường THCS Lê Quý Đôn - thị trấn Phước An</li></ul>"""

VAN_BAN_FILES = [
    ("Quyết định số 1250/QĐ-UBND về kế hoạch thời gian năm học 2026-2027", "qd-1250-ubnd.pdf",
     "a1b2c3d4-0000-4000-8000-000000000001", "12/08/2026"),
    ("Công văn số 389/PGDĐT-CM hướng dẫn nhiệm vụ chuyên môn cấp Tiểu học", "cv-389-pgddt-cm.pdf",
     "a1b2c3d4-0000-4000-8000-000000000002", "05/09/2026"),
    ("Kế hoạch số 95/KH-PGDĐT tổ chức Hội thi giáo viên dạy giỏi cấp huyện", "kh-95-pgddt.pdf",
     "a1b2c3d4-0000-4000-8000-000000000003", "20/10/2026"),
]


def van_ban(request: Request) -> Response:
    rows = "".join(
        f'<tr><td>{i}</td><td><a href="/documents/20126/39001/{f}/{u}?version=1.0">{esc(t)}</a></td><td>{d}</td></tr>'
        for i, (t, f, u, d) in enumerate(VAN_BAN_FILES, 1))
    body = portlet("com_liferay_document_library_web_portlet_DLPortlet_INSTANCE_vanban01", "Văn bản",
                   '<table class="table table-autofit table-list"><thead><tr><th>STT</th><th>Tiêu đề</th>'
                   f"<th>Ngày ban hành</th></tr></thead><tbody>{rows}</tbody></table>")
    return page(request, "Văn bản", "Văn bản", [("Trang chủ", SITE), ("Văn bản", None)], body, page_name="Văn bản")


def thu_vien_anh(request: Request) -> Response:
    pics = "".join(
        f'<div class="col-md-4"><a class="image-link" href="/documents/20126/40001/album-{n}.jpg/b0{n}e-album?t=1764'
        f'100000000"><img alt="Ảnh {n}" class="img-fluid" src="/documents/20126/40001/album-{n}.jpg/b0{n}e-album?t='
        f'1764100000000&amp;imageThumbnail=1" /></a></div>' for n in range(1, 7))
    body = portlet("com_liferay_document_library_web_portlet_IGDisplayPortlet_INSTANCE_album01",
                   "Thư viện ảnh", f'<h4>Lễ khai giảng năm học 2026-2027</h4><div class="row">{pics}</div>')
    return page(request, "Thư viện ảnh", "Thư viện ảnh", [("Trang chủ", SITE), ("Thư viện ảnh", None)], body,
                page_name="Thư viện ảnh")


def lien_he(request: Request) -> Response:
    body = portlet("com_liferay_dynamic_data_mapping_form_web_portlet_DDMFormPortlet_INSTANCE_lienhe01", "Liên hệ",
                   "<p>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN KRÔNG PẮC</p><p>Địa chỉ: 02 Giải Phóng, thị trấn Phước An</p>"
                   "<p>Điện thoại: 0262.3521.118</p>"
                   '<form action="#" method="post"><input name="hoten" placeholder="Họ và tên" />'
                   '<textarea name="noidung"></textarea><button type="button">Gửi</button></form>')
    return page(request, "Liên hệ", "Liên hệ", [("Trang chủ", SITE), ("Liên hệ", None)], body, page_name="Liên hệ")


def tim_kiem(request: Request) -> Response:
    body = portlet("com_liferay_portal_search_web_portlet_SearchPortlet", "Tìm kiếm",
                   f'<p class="search-total-label">Không tìm thấy kết quả nào cho "{esc(request.params.get("q", ""))}".</p>')
    return page(request, "Tìm kiếm", "", [("Trang chủ", SITE), ("Tìm kiếm", None)], body)


STATIC_PAGES = {
    f"{SITE}/gioi-thieu": lambda r: wcd_page(r, "gioithieu", "Giới thiệu", None, GIOI_THIEU),
    f"{SITE}/co-cau-to-chuc": lambda r: wcd_page(r, "cocau", "Cơ cấu tổ chức", ("Giới thiệu", f"{SITE}/gioi-thieu"),
                                                 CO_CAU),
    f"{SITE}/truong-hoc": lambda r: wcd_page(r, "truonghoc", "Trường học trực thuộc",
                                             ("Giới thiệu", f"{SITE}/gioi-thieu"), TRUONG_HOC),
    f"{SITE}/van-ban": van_ban,
    f"{SITE}/thu-vien-anh": thu_vien_anh,
    f"{SITE}/lien-he": lien_he,
    f"{SITE}/tim-kiem": tim_kiem,
}

_CONTENT = re.compile(r"^/web/pgd-krongpac/tin-tuc/-/asset_publisher/([A-Za-z0-9]+)/content/([a-z0-9-]+)$")


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path == "/":
            return redirect(SITE)
        if path in (SITE, SITE + "/"):
            return home(request) if not request.query else None
        if path == NEWS:
            return news_page(request)
        if m := _CONTENT.match(path):
            story = BY_SLUG.get(m.group(2))
            if story is None or m.group(1) not in insts(story):
                return None
            return article_page(request, story, m.group(1))
        if path in STATIC_PAGES:
            return STATIC_PAGES[path](request)
        if path.startswith("/documents/") and path.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.startswith(("/documents/", "/image/")):
            return Response(200, static_file("x.jpg").body, {"Content-Type": "image/jpeg"})
        if path.startswith(("/o/", "/combo")):
            return static_file(path) or Response(200, b"/* combo */", {"Content-Type": "application/javascript"})
        return None


def build_site() -> Site:
    return Site()


def _gold(story: Story) -> dict:
    alts = [print_path(story)]
    if story.cat in (B, C):
        alts.insert(0, redirect_path(story))
    for other in insts(story)[1:]:
        alts.append(content_path(story, other))
        alts.append(redirect_path(story, other))
        alts.append(print_path(story, other))
    return gold_record(story, content_path(story), CATEGORY_OF[story.cat], alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    f"{SITE}/gioi-thieu",
    f"{SITE}/co-cau-to-chuc",
    f"{SITE}/truong-hoc",
    f"{SITE}/van-ban",
    f"{SITE}/thu-vien-anh",
    f"{SITE}/lien-he",
]
