"""Trường Chính trị tỉnh Quảng Ninh on Liferay Portal 6.2 CE with a provincial vendor's theme
(2016): a site of Liferay pages, each a layout of portlets, with Web Content (Journal) articles
shown through Asset Publisher portlets.

Platform
--------
The site is the group with the friendly URL ``/web/tct``; every page is ``/web/tct/<page>``.
``/`` and ``/web/tct`` answer 302 to ``/web/tct/trang-chu``. The theme prints a header with the
date in Liferay's long form ("Thứ Tư, ngày 25 tháng 11 năm 2026"), a menu of the pages, a
breadcrumb, two columns of portlets (``<section class="portlet" id="portlet_<id>">`` with a
``portlet-title-text`` heading) and a footer with the address and a counter
"Đang truy cập: 17 | Tổng lượt truy cập: 1.102.334". The guest sees no dockbar; the "Đăng nhập"
link goes to ``/c/portal/login``, a 302 to the login portlet maximized on the home page.

Pages: ``/web/tct/trang-chu`` (home: an Asset Publisher of the 5 newest, "Thông báo" titles,
sidebar), ``/web/tct/tin-tuc`` (Asset Publisher ``101_INSTANCE_Xk3pQw9zLm2a`` of every asset of
the site, 6 a page: 14 articles and one Document Library file = "Mục 1 - 6 của 15"),
``/web/tct/dao-tao``, ``/web/tct/nghien-cuu-khoa-hoc``, ``/web/tct/thong-bao`` (Asset
Publishers filtered by category, links "view in context": the article's display page
``/web/tct/tin-tuc``), ``/web/tct/gioi-thieu`` (Web Content Display), ``/web/tct/lien-he``,
``/web/tct/lich-hoc``, ``/web/tct/thu-vien-anh`` (Media Gallery), ``/web/tct/van-ban``
(Document Library: ``/documents/10180/0/<file>.pdf``).

URL scheme
----------
- Article (full content): ``/web/tct/tin-tuc/-/asset_publisher/Xk3pQw9zLm2a/content/<url-title>``
  (the gold path). The /tin-tuc listing links it with ``?redirect=<the listing's URL,
  encoded>``, one variant per listing page it is printed on.
- From the home page's portlet: ``/web/tct/trang-chu/-/asset_publisher/Hm7tRe2Vb8Nc/content/
  <url-title>?redirect=%2Fweb%2Ftct%2Ftrang-chu`` (same article; also served without the query).
- Maximized view, the listing's "Xem tiếp »": ``/web/tct/tin-tuc?p_p_id=101_INSTANCE_Xk3pQw9zLm2a
  &p_p_lifecycle=0&p_p_state=maximized&p_p_mode=view&_101_INSTANCE_Xk3pQw9zLm2a_struts_action=
  %2Fasset_publisher%2Fview_content&_101_INSTANCE_Xk3pQw9zLm2a_urlTitle=<url-title>
  &_101_INSTANCE_Xk3pQw9zLm2a_type=content``.
- Pagination: ``/web/tct/tin-tuc?p_p_id=101_INSTANCE_Xk3pQw9zLm2a&p_p_lifecycle=0&p_p_state=normal
  &p_p_mode=view&_101_INSTANCE_Xk3pQw9zLm2a_delta=6&_101_INSTANCE_Xk3pQw9zLm2a_cur=2``; the
  Liferay pager "Đầu tiên « Trước 1 2 3 Tiếp » Cuối cùng", "Mục 1 - 6 của 15" and "Số mục mỗi
  trang" links with ``_delta=5``, ``10``, ``20`` (cur=1): a finite set of listing variants.
- Document asset: ``/web/tct/tin-tuc/-/asset_publisher/Xk3pQw9zLm2a/document/id/21437``.
- Images: ``/documents/10180/0/<file>.jpg/<uuid>?t=<millis>``; listing thumbnails
  ``/image/journal/article?img_id=<id>&t=<millis>``.

Article page
------------
Portlet "Tin tức" > ``<div class="asset-full-content">`` > ``<h3 class="header-title"><span>
Title</span></h3>``, ``<div class="asset-metadata">`` with ``metadata-publish-date``
("20/11/2026", no time), on some ``metadata-author`` ("Tác giả: <a>Phan Thu Trang</a>": a
Liferay user's full name), ``metadata-view-count`` ("452 Lượt xem") and the asset category
("Chuyên mục: <a>Đào tạo</a>"); then ``<div class="journal-content-article">``. Older articles
put a photo and its text side by side in a one-row layout table; paragraphs are justified;
captions are ``<p style="text-align: center;"><em>(…)</em></p>`` (the caption is the text
without its parentheses), a plain centred line on some; a bold sapo on some; bylines at the end
("Phan Thu Trang – Khoa Lý luận cơ sở", "Tin: Văn phòng", "Đức Hiếu (Phòng Đào tạo)",
"TS. Nguyễn Thị Hương", "Tin, ảnh: Hoàng Minh Tuấn", a bare right-aligned name);
"Nguồn: Ban Tuyên giáo Tỉnh ủy". After the text: "Quay lại" (the redirect), social bookmarks,
"Đánh giá: ★★★★★ (0 bình chọn)", "Các tin khác" (5 titles with dates); in the right column
"Tin đọc nhiều", a poll, links, a portlet printing "Bạn chưa có đủ quyền truy nhập portlet này."
and one printing "Portlet này tạm thời không khả dụng.". Half of the articles print a
``rel=canonical`` to the /tin-tuc form (Liferay 6.2 prints none by default; the theme's
template does it for some structures).

How each gold article is reached
--------------------------------
- The 5 newest: the home page portlet (home form), /tin-tuc page 1, "Các tin khác".
- Đào tạo, Nghiên cứu khoa học, Thông báo articles: their category page (canonical form).
- "Hội nghị viên chức" (20/10) only on /tin-tuc page 2 (delta 6) and the delta variants;
  "Tập huấn ứng dụng CNTT" and "Lễ khai giảng" only on /tin-tuc page 3 (and delta 10/20 pages).

Traps
-----
- One article under many addresses: canonical form, ``?redirect=`` variants, home form (with
  and without redirect), maximized view (all in gold ``alt_paths``); canonical on half only.
- The asset list mixes a Document Library file (a PDF's entry: title, date, download link).
- The breadcrumb of every article is "Trang chủ » Tin tức » <title>" (the display page): the
  category is the "Chuyên mục:" label in the metadata.
- "Các tin khác" and "Tin đọc nhiều" print other articles' titles and dates.
- The header prints today's date; the date column of the exam timetable holds other dates.
- Error portlets, ratings, view counts, "Quay lại", delta links, login redirect.

Gold decisions
--------------
- published_at: the ``metadata-publish-date`` day (no time printed).
- authors: the closing byline (degree and unit after the name dropped; "Tin: Văn phòng" is the
  school office signing alone: a unit is credited as printed); without a byline the
  ``metadata-author`` user. "Tin, ảnh: X" gives X as photographer too.
- summary: the bold first paragraph where there is one.
- images: the photos of the text in order; caption = the line under/with it without parentheses.
- category: the "Chuyên mục:" label (Tin tức, Đào tạo, Nghiên cứu khoa học, Thông báo).
"""

from __future__ import annotations

import hashlib
import re
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    esc,
    gold_record,
    static_file,
    text,
)

NAME = "liferay62_journal_tct"
PLATFORM = "Liferay Portal 6.2 CE (Journal + Asset Publisher), provincial vendor theme"
START_PATH = "/"

SITE = "/web/tct"
GROUP_ID = 10180
AP = "Xk3pQw9zLm2a"
HOME_AP = "Hm7tRe2Vb8Nc"
NS = f"_101_INSTANCE_{AP}_"
SITE_TITLE = "Trường Chính trị tỉnh Quảng Ninh"
HEADER_DATE = "Thứ Tư, ngày 25 tháng 11 năm 2026"
DELTA = 6
DELTAS = (5, 10, 20)

CATEGORIES = {
    "tin-tuc": "Tin tức",
    "dao-tao": "Đào tạo",
    "nghien-cuu-khoa-hoc": "Nghiên cứu khoa học",
    "thong-bao": "Thông báo",
}
#: the filtered Asset Publisher instance of each category page
CAT_AP = {
    "dao-tao": "Dt4vKc7Hn2Qa",
    "nghien-cuu-khoa-hoc": "Nc8sWb3Fj6Ye",
    "thong-bao": "Tb2mQx9Lp5Ru",
}

# --- the articles (newest first), as the editors typed them into the Liferay editor ----------
#
# opts: canonical (print rel=canonical), user (the "Tác giả" metadata entry: a Liferay user's
# full name, or absent), views, entities (CKEditor's entity output on older articles).
# P styles: "" justified paragraph, "lead" bold sapo, "h" bold sub-heading, "li" bullet,
# "th"/"td" table rows (cells joined by " | "), "quote". Img styles: "em" centred italic line
# in parentheses, "center" plain centred line, "none" nothing printed, "table1"/"table2" a
# layout table: the photo (with its line) in the left cell, the next 1 or 2 paragraphs right.


def doc(name: str, folder: int = 0) -> str:
    """A Document Library image as Liferay 6.2 prints it: /documents/<group>/<folder>/<file>/<uuid>?t=."""
    uid = hashlib.md5(name.encode("utf-8")).hexdigest()
    uuid = f"{uid[:8]}-{uid[8:12]}-{uid[12:16]}-{uid[16:20]}-{uid[20:32]}"
    return f"/documents/{GROUP_ID}/{folder}/{name}/{uuid}?t=14{int(uid[:8], 16) % 10**11:011d}"


STORIES: list[Story] = [
    Story(
        1,
        "le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        "Trường Chính trị tỉnh tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        "tin-tuc",
        "2026-11-23",
        [
            P(
                "Sáng 20/11/2026, Trường Chính trị tỉnh Quảng Ninh long trọng tổ chức Lễ kỷ niệm 44 "
                "năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026) và tổng kết phong trào thi đua "
                "“Dạy tốt, học tốt, phục vụ tốt” năm 2026.",
                "lead",
            ),
            P(
                "Tới dự có đồng chí Phó Trưởng Ban Tuyên giáo Tỉnh ủy, đại diện lãnh đạo Sở Giáo dục "
                "và Đào tạo, Sở Nội vụ, các thế hệ nhà giáo đã nghỉ hưu cùng toàn thể cán bộ, giảng "
                "viên, viên chức và học viên các lớp đang học tập tại Trường."
            ),
            Img(doc("le-ky-niem-20-11-a.jpg"), "(Quang cảnh buổi lễ)", "Quang cảnh buổi lễ", "em"),
            P(
                "Phát biểu tại buổi lễ, đồng chí Hiệu trưởng ôn lại truyền thống vẻ vang của Ngày "
                "Nhà giáo Việt Nam và khẳng định: năm 2026, Nhà trường đã mở 38 lớp đào tạo, bồi "
                "dưỡng với hơn 3.200 học viên, tăng 12% so với năm trước; 100% giảng viên đạt chuẩn "
                "trình độ chuyên môn, trong đó 9 đồng chí có trình độ tiến sĩ."
            ),
            P(
                "Đội ngũ giảng viên tích cực đổi mới phương pháp giảng dạy theo hướng phát huy tính "
                "chủ động của người học, gắn lý luận với thực tiễn của tỉnh; nhiều bài giảng được "
                "xây dựng dưới dạng điện tử, phục vụ các lớp học trực tuyến tại các huyện miền núi, "
                "hải đảo."
            ),
            Img(
                doc("le-ky-niem-20-11-b.jpg"),
                "(Đồng chí Hiệu trưởng trao Giấy khen cho các tập thể, cá nhân có thành tích xuất sắc)",
                "Đồng chí Hiệu trưởng trao Giấy khen cho các tập thể, cá nhân có thành tích xuất sắc",
                "em",
            ),
            P(
                "Dịp này, 5 tập thể và 21 cá nhân được Hiệu trưởng tặng Giấy khen vì đã có thành tích "
                "xuất sắc trong phong trào thi đua năm 2026; 3 giảng viên được đề nghị Chủ tịch UBND "
                "tỉnh tặng Bằng khen."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Phan Thu Trang – Khoa Lý luận cơ sở</strong></p>'
            ),
        ],
        authors=["Phan Thu Trang"],
        summary=(
            "Sáng 20/11/2026, Trường Chính trị tỉnh Quảng Ninh long trọng tổ chức Lễ kỷ niệm 44 "
            "năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026) và tổng kết phong trào thi đua "
            "“Dạy tốt, học tốt, phục vụ tốt” năm 2026."
        ),
        opts={"canonical": True, "user": "Phan Thu Trang"},
    ),
    Story(
        2,
        "khai-giang-lop-trung-cap-llct-hc-khoa-52-tai-van-on",
        "Khai giảng lớp Trung cấp lý luận chính trị - hành chính hệ không tập trung khóa 52 tại huyện Vân Đồn",
        "dao-tao",
        "2026-11-20",
        [
            P(
                "Ngày 18/11/2026, tại Trung tâm Chính trị huyện Vân Đồn, Trường Chính trị tỉnh phối "
                "hợp với Ban Thường vụ Huyện ủy Vân Đồn tổ chức khai giảng lớp Trung cấp lý luận "
                "chính trị - hành chính hệ không tập trung khóa 52."
            ),
            P(
                "Lớp học có 86 học viên là cán bộ, công chức cấp xã, cán bộ các phòng, ban, ngành, "
                "đoàn thể của huyện. Theo kế hoạch, lớp học kéo dài 8 tháng, học viên được trang bị "
                "5 phần học với 24 học phần và đi nghiên cứu thực tế tại địa phương."
            ),
            Img(
                doc("khai-giang-k52-van-don.jpg"),
                "(Đồng chí Phó Hiệu trưởng Nhà trường phát biểu khai giảng lớp học)",
                "Đồng chí Phó Hiệu trưởng Nhà trường phát biểu khai giảng lớp học",
                "em",
            ),
            P(
                "Phát biểu khai giảng, đồng chí Phó Hiệu trưởng đề nghị học viên chấp hành nghiêm "
                "quy chế học tập, chủ động nghiên cứu tài liệu, liên hệ thực tiễn công tác ở cơ sở; "
                "đồng thời đề nghị Trung tâm Chính trị huyện phối hợp chặt chẽ trong quản lý lớp."
            ),
            Raw('<p style="text-align: right;"><strong>Đức Hiếu (Phòng Đào tạo)</strong></p>'),
        ],
        authors=["Đức Hiếu"],
        opts={"canonical": False},
    ),
    Story(
        3,
        "hoi-thao-van-dung-tu-tuong-ho-chi-minh-ve-can-bo",
        "Hội thảo khoa học “Vận dụng tư tưởng Hồ Chí Minh về cán bộ trong đào tạo, bồi dưỡng cán bộ cơ sở ở Quảng Ninh”",
        "nghien-cuu-khoa-hoc",
        "2026-11-18",
        [
            P(
                "Ngày 17/11/2026, Trường Chính trị tỉnh tổ chức Hội thảo khoa học cấp trường với chủ "
                "đề “Vận dụng tư tưởng Hồ Chí Minh về cán bộ trong đào tạo, bồi dưỡng cán bộ cơ sở ở "
                "Quảng Ninh hiện nay”. Hội thảo nhận được 27 tham luận của giảng viên Nhà trường và "
                "các Trung tâm Chính trị cấp huyện.",
                "lead",
            ),
            P("Nhiều vấn đề lý luận và thực tiễn được làm rõ", "h"),
            P(
                "Các tham luận tập trung làm rõ những quan điểm cơ bản của Chủ tịch Hồ Chí Minh về "
                "vị trí, vai trò của cán bộ và công tác cán bộ; về tiêu chuẩn “vừa hồng vừa chuyên”; "
                "về huấn luyện cán bộ gắn lý luận với thực tiễn."
            ),
            P(
                "“Cán bộ là cái gốc của mọi công việc. Công việc thành công hoặc thất bại đều do cán "
                "bộ tốt hoặc kém.”",
                "quote",
            ),
            P(
                "Từ thực tiễn giảng dạy, nhiều giảng viên chỉ ra hạn chế của chương trình bồi dưỡng "
                "cán bộ cơ sở như: nội dung còn nặng lý thuyết, thời lượng thực hành ít, chưa sát với "
                "đặc thù vùng dân tộc thiểu số, miền núi, biên giới, hải đảo của tỉnh."
            ),
            Img(
                doc("hoi-thao-tu-tuong-hcm.jpg"),
                "Các đại biểu tham dự Hội thảo",
                "Các đại biểu tham dự Hội thảo",
                "center",
            ),
            P("Kiến nghị, đề xuất", "h"),
            P(
                "Hội thảo kiến nghị tăng cường các chuyên đề tình huống, đổi mới hình thức đánh giá "
                "kết quả học tập và xây dựng ngân hàng tình huống quản lý của cơ sở để đưa vào giảng "
                "dạy từ năm 2027."
            ),
            Raw('<p style="text-align: right;"><strong>TS. Nguyễn Thị Hương</strong></p>'),
        ],
        authors=["Nguyễn Thị Hương"],
        summary=(
            "Ngày 17/11/2026, Trường Chính trị tỉnh tổ chức Hội thảo khoa học cấp trường với chủ "
            "đề “Vận dụng tư tưởng Hồ Chí Minh về cán bộ trong đào tạo, bồi dưỡng cán bộ cơ sở ở "
            "Quảng Ninh hiện nay”. Hội thảo nhận được 27 tham luận của giảng viên Nhà trường và "
            "các Trung tâm Chính trị cấp huyện."
        ),
        opts={"canonical": True},
    ),
    Story(
        4,
        "lich-thi-ket-thuc-hoc-phan-lop-cao-cap-llct-k75",
        "Thông báo lịch thi kết thúc học phần lớp Cao cấp lý luận chính trị K75 tại Quảng Ninh",
        "thong-bao",
        "2026-11-16",
        [
            P(
                "Căn cứ kế hoạch đào tạo lớp Cao cấp lý luận chính trị hệ không tập trung K75 mở tại "
                "tỉnh Quảng Ninh, Nhà trường thông báo lịch thi kết thúc học phần như sau:"
            ),
            P("Học phần | Hình thức | Ngày thi | Địa điểm", "th"),
            P("Kinh tế chính trị Mác - Lênin | Viết | 28/11/2026 | Hội trường A", "td"),
            P("Chủ nghĩa xã hội khoa học | Vấn đáp | 05/12/2026 | Phòng 301, 302", "td"),
            P("Lịch sử Đảng Cộng sản Việt Nam | Viết | 12/12/2026 | Hội trường A", "td"),
            P(
                "Học viên có mặt tại phòng thi trước giờ thi 15 phút, mang theo thẻ học viên và chứng "
                "minh nhân dân hoặc căn cước công dân. Học viên vắng thi không có lý do chính đáng "
                "phải nhận điểm 0 cho học phần đó."
            ),
            P(
                "Mọi thắc mắc liên hệ Phòng Đào tạo, điện thoại 0203.3835.246 (trong giờ hành chính)."
            ),
            Raw('<p style="text-align: right;"><em>Tin: Văn phòng</em></p>'),
        ],
        authors=["Văn phòng"],
        opts={"canonical": False},
    ),
    Story(
        5,
        "quang-ninh-so-ket-5-nam-thuc-hien-ket-luan-01-kl-tw",
        "Quảng Ninh sơ kết 5 năm thực hiện Kết luận số 01-KL/TW về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
        "tin-tuc",
        "2026-11-12",
        [
            P(
                "Chiều 11/11, Ban Thường vụ Tỉnh ủy Quảng Ninh tổ chức Hội nghị sơ kết 5 năm thực hiện "
                "Kết luận số 01-KL/TW của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW về "
                "đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh."
            ),
            Img(doc("so-ket-ket-luan-01.jpg"), None, None, "none"),
            P(
                "Qua 5 năm, việc học tập và làm theo Bác đã trở thành công việc thường xuyên của các "
                "cấp ủy, tổ chức đảng; toàn tỉnh có hơn 1.400 mô hình, điển hình được biểu dương, "
                "nhân rộng."
            ),
            P(
                "Tỉnh ủy yêu cầu các cấp ủy tiếp tục gắn việc học tập và làm theo Bác với công tác "
                "xây dựng, chỉnh đốn Đảng và hệ thống chính trị; phát huy vai trò nêu gương của người "
                "đứng đầu; đưa nội dung tư tưởng, đạo đức, phong cách Hồ Chí Minh vào chương trình "
                "đào tạo, bồi dưỡng của Trường Chính trị tỉnh và các Trung tâm Chính trị cấp huyện."
            ),
            P(
                "Tại hội nghị, 20 tập thể và 35 cá nhân được Ban Thường vụ Tỉnh ủy tặng Bằng khen; "
                "Trường Chính trị tỉnh là một trong các tập thể được khen thưởng."
            ),
            Raw('<p style="text-align: right;"><em>Nguồn: Ban Tuyên giáo Tỉnh ủy</em></p>'),
        ],
        source="Ban Tuyên giáo Tỉnh ủy",
        opts={"canonical": True},
    ),
    Story(
        6,
        "hoc-vien-lop-boi-duong-qp-an-doi-tuong-4-nghien-cuu-thuc-te-mong-cai",
        "Học viên lớp Bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 4 nghiên cứu thực tế tại Móng Cái",
        "dao-tao",
        "2026-11-09",
        [
            P(
                "Từ ngày 05 đến 07/11/2026, 112 học viên lớp Bồi dưỡng kiến thức quốc phòng và an ninh "
                "đối tượng 4 khóa II năm 2026 đã đi nghiên cứu thực tế tại thành phố Móng Cái."
            ),
            P(
                "Đoàn đã đến dâng hương tại Đền thờ Chủ tịch Hồ Chí Minh ở Quảng trường 3/2, thăm Đồn "
                "Biên phòng cửa khẩu quốc tế Móng Cái, Cột mốc số 1378 tại mũi Sa Vĩ và nghe báo cáo "
                "về tình hình quốc phòng, an ninh trên tuyến biên giới."
            ),
            Img(
                doc("thuc-te-mong-cai.jpg"),
                "(Học viên thăm Cột mốc 1378 tại mũi Sa Vĩ)",
                "Học viên thăm Cột mốc 1378 tại mũi Sa Vĩ",
                "em",
            ),
            P(
                "Qua chuyến đi, học viên hiểu rõ hơn những kết quả trong xây dựng khu vực phòng thủ, "
                "thế trận biên phòng toàn dân, từ đó vận dụng vào việc viết thu hoạch cuối khóa."
            ),
        ],
        authors=["Vũ Thị Lan"],
        opts={"canonical": False, "user": "Vũ Thị Lan"},
    ),
]

STORIES += [
    Story(
        7,
        "hoi-giang-giang-vien-gioi-cap-truong-nam-2026",
        "Hội giảng giảng viên giỏi cấp trường năm 2026",
        "tin-tuc",
        "2026-11-05",
        [
            P(
                "Từ ngày 27/10 đến 03/11/2026, Trường Chính trị tỉnh tổ chức Hội giảng giảng viên giỏi "
                "cấp trường năm 2026 với sự tham gia của 16 giảng viên thuộc 4 khoa chuyên môn."
            ),
            P(
                "Mỗi giảng viên trình bày một bài giảng 90 phút trong chương trình Trung cấp lý luận "
                "chính trị - hành chính trước Hội đồng giám khảo và học viên lớp K51. Nhiều bài giảng "
                "có sự đầu tư công phu, sử dụng hiệu quả bài giảng điện tử, tình huống thực tiễn của "
                "tỉnh."
            ),
            Img(
                doc("hoi-giang-2026-1.jpg"),
                "(Giảng viên Khoa Nhà nước và pháp luật trình bày bài giảng dự thi)",
                "Giảng viên Khoa Nhà nước và pháp luật trình bày bài giảng dự thi",
                "em",
            ),
            P(
                "Kết quả, Hội đồng đã công nhận 11 giảng viên đạt danh hiệu Giảng viên giỏi cấp trường, "
                "trong đó 3 giảng viên được chọn tham dự Hội thi giảng viên dạy giỏi toàn quốc năm 2027."
            ),
            Img(
                doc("hoi-giang-2026-2.jpg"),
                "(Ban Giám hiệu chụp ảnh lưu niệm với các giảng viên đạt giải)",
                "Ban Giám hiệu chụp ảnh lưu niệm với các giảng viên đạt giải",
                "em",
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Hoàng Minh Tuấn</strong></p>'),
        ],
        authors=["Hoàng Minh Tuấn"],
        photographers=["Hoàng Minh Tuấn"],
        opts={"canonical": True},
    ),
    Story(
        8,
        "nghiem-thu-de-tai-khoa-hoc-cap-co-so-nam-2026",
        "Nghiệm thu 6 đề tài khoa học cấp cơ sở năm 2026",
        "nghien-cuu-khoa-hoc",
        "2026-10-30",
        [
            P(
                "Trong tháng 10/2026, Hội đồng khoa học Nhà trường đã tổ chức nghiệm thu 6 đề tài khoa "
                "học cấp cơ sở do giảng viên các khoa, phòng chủ nhiệm. Các đề tài được nghiệm thu gồm:"
            ),
            P(
                "Nâng cao chất lượng giảng dạy phần học Kỹ năng lãnh đạo, quản lý cho học viên hệ "
                "Trung cấp.",
                "li",
            ),
            P("Giảng dạy lịch sử Đảng bộ tỉnh Quảng Ninh trong chương trình Trung cấp.", "li"),
            P("Ứng dụng phần mềm quản lý đào tạo tại Trường Chính trị tỉnh.", "li"),
            P(
                "Nâng cao chất lượng bồi dưỡng cán bộ người dân tộc thiểu số ở huyện Bình Liêu, "
                "Ba Chẽ.",
                "li",
            ),
            P("Giải pháp phát triển đội ngũ giảng viên kiêm chức ở các Trung tâm Chính trị.", "li"),
            P("Xây dựng tủ sách pháp luật điện tử phục vụ học viên.", "li"),
            P(
                "Kết quả, 2 đề tài được xếp loại xuất sắc, 4 đề tài xếp loại khá. Hội đồng đề nghị các "
                "chủ nhiệm đề tài tiếp thu ý kiến góp ý, hoàn thiện báo cáo tổng kết và ứng dụng kết "
                "quả nghiên cứu vào thực tiễn giảng dạy."
            ),
            Raw(
                '<p style="text-align: right;"><strong>ThS. Lê Văn Quý – Phòng Quản lý khoa học'
                "</strong></p>"
            ),
        ],
        authors=["Lê Văn Quý"],
        opts={"canonical": False},
    ),
    Story(
        9,
        "thong-bao-tuyen-sinh-lop-trung-cap-llct-hc-nam-2027",
        "Thông báo tuyển sinh lớp Trung cấp lý luận chính trị - hành chính hệ tập trung năm 2027",
        "thong-bao",
        "2026-10-26",
        [
            P(
                "Thực hiện kế hoạch đào tạo năm 2027 đã được Ban Thường vụ Tỉnh ủy phê duyệt, Trường "
                "Chính trị tỉnh Quảng Ninh thông báo tuyển sinh lớp Trung cấp lý luận chính trị - hành "
                "chính hệ tập trung, cụ thể như sau:"
            ),
            P("1. Đối tượng", "h"),
            P(
                "Cán bộ, công chức, viên chức trong hệ thống chính trị của tỉnh là đảng viên chính "
                "thức, đã được quy hoạch vào các chức danh lãnh đạo, quản lý cấp phòng và tương đương."
            ),
            P("2. Hồ sơ gồm", "h"),
            P("Công văn cử đi học của cơ quan có thẩm quyền.", "li"),
            P("Bản sao bằng tốt nghiệp trung học phổ thông trở lên (có chứng thực).", "li"),
            P("Lý lịch học viên có xác nhận của cơ quan, 02 ảnh cỡ 3x4.", "li"),
            P("3. Thời gian nhận hồ sơ", "h"),
            P(
                "Từ ngày 02/01/2027 đến hết ngày 20/01/2027 tại Phòng Đào tạo, Trường Chính trị tỉnh; "
                "dự kiến khai giảng vào ngày 01/3/2027."
            ),
        ],
        opts={"canonical": True},
    ),
    Story(
        10,
        "hoi-nghi-vien-chuc-nguoi-lao-dong-nam-2026",
        "Trường Chính trị tỉnh tổ chức Hội nghị viên chức, người lao động năm 2026",
        "tin-tuc",
        "2026-10-20",
        [
            Img(
                doc("hoi-nghi-vien-chuc-2026.jpg"),
                "(Đoàn Chủ tịch điều hành Hội nghị)",
                "Đoàn Chủ tịch điều hành Hội nghị",
                "table2",
            ),
            P(
                "Ngày 17/10/2026, Trường Chính trị tỉnh tổ chức Hội nghị viên chức, người lao động năm "
                "2026 với sự tham dự của 74 cán bộ, viên chức, người lao động của Nhà trường."
            ),
            P(
                "Hội nghị đã nghe báo cáo kết quả thực hiện nhiệm vụ chính trị năm 2025, phương hướng "
                "nhiệm vụ năm 2026; báo cáo công khai tài chính và kết quả thực hiện quy chế dân chủ ở "
                "cơ sở."
            ),
            P(
                "Trong không khí dân chủ, thẳng thắn, các đại biểu đã đóng góp nhiều ý kiến về chế độ "
                "chính sách đối với giảng viên đi giảng tại các huyện xa, việc sửa đổi quy chế chi "
                "tiêu nội bộ và cải thiện điều kiện làm việc."
            ),
            P(
                "Hội nghị đã biểu quyết thông qua Nghị quyết với tỷ lệ 100% đại biểu tán thành và ký "
                "kết giao ước thi đua năm 2026 giữa Hiệu trưởng và Chủ tịch Công đoàn cơ sở."
            ),
            Raw('<p style="text-align: right;"><strong>Nguyễn Thanh Bình</strong></p>'),
        ],
        authors=["Nguyễn Thanh Bình"],
        opts={"canonical": False},
    ),
    Story(
        11,
        "be-giang-lop-cao-cap-llct-he-khong-tap-trung-k73",
        "Bế giảng lớp Cao cấp lý luận chính trị hệ không tập trung K73",
        "dao-tao",
        "2026-10-08",
        [
            P(
                "Sau 24 tháng học tập, sáng 06/10/2026, 95 học viên lớp Cao cấp lý luận chính trị hệ "
                "không tập trung K73 đã hoàn thành chương trình và được cấp bằng tốt nghiệp.",
                "lead",
            ),
            Img(
                doc("be-giang-k73.jpg"),
                "(Trao bằng tốt nghiệp cho các học viên)",
                "Trao bằng tốt nghiệp cho các học viên",
                "table1",
            ),
            P(
                "Lớp học do Học viện Chính trị khu vực I phối hợp với Trường Chính trị tỉnh tổ chức. "
                "Kết quả, 100% học viên tốt nghiệp, trong đó 12 học viên đạt loại giỏi, 78 học viên "
                "đạt loại khá, 5 học viên đạt loại trung bình."
            ),
            P(
                "Đại diện học viên, đồng chí Lớp trưởng bày tỏ lòng biết ơn đối với các thầy, cô giáo "
                "và hứa sẽ vận dụng kiến thức đã học vào thực tiễn công tác tại cơ quan, đơn vị."
            ),
            Raw('<p style="text-align: right;"><strong>Đức Hiếu (Phòng Đào tạo)</strong></p>'),
        ],
        authors=["Đức Hiếu"],
        summary=(
            "Sau 24 tháng học tập, sáng 06/10/2026, 95 học viên lớp Cao cấp lý luận chính trị hệ "
            "không tập trung K73 đã hoàn thành chương trình và được cấp bằng tốt nghiệp."
        ),
        opts={"canonical": True},
    ),
    Story(
        12,
        "phat-hanh-thong-tin-khoa-hoc-so-3-nam-2026",
        "Phát hành Bản tin Thông tin khoa học số 3/2026",
        "nghien-cuu-khoa-hoc",
        "2026-09-25",
        [
            P(
                "Bản tin Thông tin khoa học số 3/2026 của Trường Chính trị tỉnh vừa được phát hành với "
                "18 bài viết của giảng viên, học viên và cộng tác viên."
            ),
            P(
                "Số bản tin tập trung vào các chủ đề: chuyển đổi số trong cải cách hành chính ở cấp "
                "xã; phát triển kinh tế biển gắn với bảo đảm quốc phòng, an ninh; công tác dân vận "
                "trong giải phóng mặt bằng các dự án hạ tầng."
            ),
            P(
                "Bản tin được gửi tới các Trung tâm Chính trị cấp huyện, thư viện Nhà trường và đăng "
                "tải toàn văn tại chuyên mục Văn bản của Trang thông tin điện tử."
            ),
        ],
        authors=["Trần Văn Khánh"],
        opts={"canonical": False, "user": "Trần Văn Khánh"},
    ),
    Story(
        13,
        "tap-huan-ung-dung-cong-nghe-thong-tin-trong-giang-day",
        "Tập huấn ứng dụng công nghệ thông tin trong giảng dạy cho đội ngũ giảng viên",
        "tin-tuc",
        "2026-09-15",
        [
            Img(
                doc("tap-huan-cntt.jpg"),
                "(Giảng viên thực hành thiết kế bài giảng điện tử)",
                "Giảng viên thực hành thiết kế bài giảng điện tử",
                "table2",
            ),
            P(
                "Trong 3 ngày từ 10 đến 12/9/2026, Trường Chính trị tỉnh tổ chức lớp tập huấn ứng dụng "
                "công nghệ thông tin trong giảng dạy cho 45 giảng viên cơ hữu và giảng viên kiêm chức."
            ),
            P(
                "Học viên được hướng dẫn thiết kế bài giảng điện tử, sử dụng hệ thống học trực tuyến, "
                "khai thác cơ sở dữ liệu văn bản pháp luật và tổ chức kiểm tra, đánh giá trên máy tính."
            ),
            P(
                "Kết thúc lớp tập huấn, mỗi giảng viên hoàn thành một bài giảng điện tử và đưa vào sử "
                "dụng từ học kỳ I năm học 2026-2027."
            ),
            Raw('<p style="text-align: right;">Hoàng Minh Tuấn</p>'),
        ],
        authors=["Hoàng Minh Tuấn"],
        opts={"canonical": True, "entities": 2},
    ),
    Story(
        14,
        "le-khai-giang-nam-hoc-2026-2027",
        "Lễ khai giảng năm học 2026 - 2027",
        "tin-tuc",
        "2026-09-05",
        [
            P(
                "Sáng 04/9/2026, Trường Chính trị tỉnh Quảng Ninh tổ chức Lễ khai giảng năm học "
                "2026 - 2027. Năm học này, Nhà trường dự kiến mở 40 lớp với khoảng 3.500 học viên."
            ),
            Img(
                doc("khai-giang-2026-2027.jpg"),
                "Đồng chí Hiệu trưởng đánh trống khai giảng năm học mới",
                "Đồng chí Hiệu trưởng đánh trống khai giảng năm học mới",
                "center",
            ),
            P(
                "Năm học 2026 - 2027, Nhà trường xác định các nhiệm vụ trọng tâm: nâng cao chất lượng "
                "đào tạo, bồi dưỡng gắn với chuẩn hóa đội ngũ giảng viên; đẩy mạnh nghiên cứu khoa "
                "học, tổng kết thực tiễn; tiếp tục xây dựng trường chính trị chuẩn mức 1."
            ),
            P(
                "Nhân dịp này, Nhà trường trao 15 suất học bổng cho học viên có thành tích học tập "
                "xuất sắc năm học 2025 - 2026."
            ),
            Raw('<p style="text-align: right;"><em>Tin: Văn phòng</em></p>'),
        ],
        authors=["Văn phòng"],
        opts={"canonical": False, "entities": 1},
    ),
]

BY_SLUG = {s.slug: s for s in STORIES}

#: the Document Library file the "Tin tức" Asset Publisher lists among the articles
DOC_ASSET = {
    "id": 21437,
    "title": "Quyết định ban hành Quy chế đào tạo, bồi dưỡng của Trường Chính trị tỉnh năm 2026",
    "date": "2026-10-15",
    "file": "quy-che-dao-tao-boi-duong-2026.pdf",
    "size": "412 KB",
    "desc": "Quyết định số 215/QĐ-TCT ngày 14/10/2026 của Hiệu trưởng Trường Chính trị tỉnh.",
}
DOC_PATH = f"{SITE}/tin-tuc/-/asset_publisher/{AP}/document/id/{DOC_ASSET['id']}"

#: every asset of the site, newest first: (date, story or None for the document)
ASSETS: list[tuple[str, Story | None]] = sorted(
    [(s.published_at, s) for s in STORIES] + [(DOC_ASSET["date"], None)],
    key=lambda a: a[0],
    reverse=True,
)
MOST_READ = [1, 3, 7, 2, 8]

LIBRARY = [
    (
        "Quyết định ban hành Quy chế đào tạo, bồi dưỡng năm 2026",
        "quy-che-dao-tao-boi-duong-2026.pdf",
        "15/10/2026",
        "412 KB",
    ),
    (
        "Kế hoạch đào tạo, bồi dưỡng năm 2027",
        "ke-hoach-dao-tao-boi-duong-2027.pdf",
        "02/10/2026",
        "286 KB",
    ),
    ("Thông tin khoa học số 3/2026", "thong-tin-khoa-hoc-so-3-2026.pdf", "25/09/2026", "3,1 MB"),
    (
        "Quy chế chi tiêu nội bộ năm 2026",
        "quy-che-chi-tieu-noi-bo-2026.pdf",
        "20/01/2026",
        "198 KB",
    ),
    (
        "Hướng dẫn viết tiểu luận cuối khóa hệ Trung cấp",
        "huong-dan-viet-tieu-luan-trung-cap.pdf",
        "12/01/2026",
        "145 KB",
    ),
]


def canonical_path(story: Story) -> str:
    return f"{SITE}/tin-tuc/-/asset_publisher/{AP}/content/{story.slug}"


def home_path(story: Story, with_redirect: bool = True) -> str:
    path = f"{SITE}/trang-chu/-/asset_publisher/{HOME_AP}/content/{story.slug}"
    return path + ("?redirect=" + quote(f"{SITE}/trang-chu", safe="") if with_redirect else "")


def maximized_path(story: Story) -> str:
    return (
        f"{SITE}/tin-tuc?p_p_id=101_INSTANCE_{AP}&p_p_lifecycle=0&p_p_state=maximized"
        f"&p_p_mode=view&{NS}struts_action=%2Fasset_publisher%2Fview_content"
        f"&{NS}urlTitle={story.slug}&{NS}type=content"
    )


def listing_target(delta: int, cur: int) -> str:
    return (
        f"{SITE}/tin-tuc?p_p_id=101_INSTANCE_{AP}&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view"
        f"&{NS}delta={delta}&{NS}cur={cur}"
    )


def pages_of(delta: int) -> int:
    return max(1, -(-len(ASSETS) // delta))


def listing_variants() -> list[tuple[str, list[tuple[str, Story | None]]]]:
    """Every /tin-tuc listing a visitor reaches by links, with the assets it prints."""
    out = [(f"{SITE}/tin-tuc", ASSETS[:DELTA])]
    for delta in (DELTA, *DELTAS):
        for cur in range(1, pages_of(delta) + 1):
            out.append((listing_target(delta, cur), ASSETS[(cur - 1) * delta : cur * delta]))
    return out


def dmy(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y}"


def img_id(name: str) -> int:
    return 30000 + int(hashlib.md5(name.encode("utf-8")).hexdigest()[:4], 16) % 9000


# --- the article's text as the Liferay editor (CKEditor 4) saved it --------------------------


def _p(block: P, ent: int) -> str:
    t = text(block.text, entities=ent)
    if block.style in ("lead", "h"):
        return f'<p style="text-align: justify;"><strong>{t}</strong></p>'
    if block.style == "quote":
        return f'<blockquote><p style="text-align: justify;"><em>{t}</em></p></blockquote>'
    return f'<p style="text-align: justify;">{t}</p>'


def _img(img: Img, ent: int) -> tuple[str, str]:
    """The photo markup and its printed line (empty when nothing is printed)."""
    tag = f'<img alt="" src="{esc(img.src)}" style="width: 550px; height: 366px;" />'
    line = text(img.printed, entities=ent) if img.printed else ""
    if img.style == "center":
        return tag, f'<p style="text-align: center;">{line}</p>' if line else ""
    return tag, f'<p style="text-align: center;"><em>{line}</em></p>' if line else ""


def render_body(story: Story) -> str:
    ent = story.opts.get("entities", 0)
    out: list[str] = []
    blocks = list(story.blocks)
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img) and b.style.startswith("table"):
            n = int(b.style[-1])
            tag, line = _img(b, ent)
            cell = "\n".join(_p(p, ent) for p in blocks[i + 1 : i + 1 + n])
            out.append(
                '<table border="0" cellpadding="5" cellspacing="0" style="width: 100%;"><tbody><tr>'
                f'<td style="width: 42%; vertical-align: top;">{tag}{line}</td>'
                f'<td style="vertical-align: top;">{cell}</td></tr></tbody></table>'
            )
            i += n
        elif isinstance(b, Img):
            tag, line = _img(b, ent)
            out.append(f'<p style="text-align: center;">{tag}</p>' + (f"\n{line}" if line else ""))
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(
                    f'<li style="text-align: justify;">{text(blocks[i].text, entities=ent)}</li>'
                )
                i += 1
            out.append("<ul>\n" + "\n".join(items) + "\n</ul>")
            continue
        elif b.style in ("th", "td"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "td"):
                cells = blocks[i].text.split(" | ")
                if blocks[i].style == "th":
                    rows.append(
                        "<tr>"
                        + "".join(f"<td><strong>{esc(c)}</strong></td>" for c in cells)
                        + "</tr>"
                    )
                else:
                    rows.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in cells) + "</tr>")
                i += 1
            out.append(
                '<table border="1" cellpadding="5" cellspacing="0" style="width: 100%;"><tbody>\n'
                + "\n".join(rows)
                + "\n</tbody></table>"
            )
            continue
        else:
            out.append(_p(b, ent))
        i += 1
    return "\n".join(out)


def abstract(story: Story) -> str:
    first = next(b.text for b in story.blocks if isinstance(b, P))
    return first if len(first) <= 200 else first[:200].rsplit(" ", 1)[0] + "..."


# --- the theme ------------------------------------------------------------------------------

MENU = [
    ("trang-chu", "Trang chủ"),
    ("gioi-thieu", "Giới thiệu"),
    ("tin-tuc", "Tin tức"),
    ("dao-tao", "Đào tạo"),
    ("nghien-cuu-khoa-hoc", "Nghiên cứu khoa học"),
    ("thong-bao", "Thông báo"),
    ("lich-hoc", "Lịch học"),
    ("thu-vien-anh", "Thư viện ảnh"),
    ("van-ban", "Văn bản"),
    ("lien-he", "Liên hệ"),
]


def portlet(pid: str, title: str, content: str) -> str:
    return f"""<div class="portlet-boundary portlet-boundary_{pid.split("_INSTANCE_")[0]}_ portlet-borderless" id="p_p_id_{pid}_">
<span id="p_{pid}"></span>
<section class="portlet" id="portlet_{pid}">
<header class="portlet-topper"><h1 class="portlet-title"><span class="portlet-title-text">{esc(title)}</span></h1></header>
<div class="portlet-content"><div class="portlet-content-container"><div class="portlet-body">
{content}
</div></div></div>
</section></div>"""


def sidebar() -> str:
    most = "".join(
        f'<li><a href="{canonical_path(STORIES[n - 1])}">{esc(STORIES[n - 1].title)}</a></li>'
        for n in MOST_READ
    )
    poll = (
        '<form action="/web/tct/trang-chu?p_p_id=59_INSTANCE_Pq4x&amp;p_p_lifecycle=1&amp;'
        'p_p_state=normal&amp;p_p_mode=view&amp;_59_INSTANCE_Pq4x_struts_action=%2Fpolls_display%2Fview" '
        'method="post" name="_59_INSTANCE_Pq4x_fm"><strong>Bạn đánh giá thế nào về chất lượng '
        "Trang thông tin điện tử của Nhà trường?</strong><br>"
        '<input type="radio" name="_59_INSTANCE_Pq4x_choiceId" value="1"> Rất tốt<br>'
        '<input type="radio" name="_59_INSTANCE_Pq4x_choiceId" value="2"> Tốt<br>'
        '<input type="radio" name="_59_INSTANCE_Pq4x_choiceId" value="3"> Bình thường<br>'
        '<input type="submit" value="Bình chọn" class="btn"></form>'
    )
    links = (
        '<select onchange="window.open(this.value)"><option>-- Liên kết website --</option>'
        '<option value="http://www.quangninh.gov.vn">Cổng TTĐT tỉnh Quảng Ninh</option>'
        '<option value="http://www.hcma.vn">Học viện Chính trị quốc gia Hồ Chí Minh</option>'
        '<option value="http://www.tuyengiao.vn">Ban Tuyên giáo Trung ương</option></select>'
    )
    return "\n".join(
        [
            portlet(
                "101_INSTANCE_Rd5nMx8Tq1Zs", "Tin đọc nhiều", f'<ul class="most-read">{most}</ul>'
            ),
            portlet("59_INSTANCE_Pq4x", "Thăm dò ý kiến", poll),
            portlet("56_INSTANCE_Lk2w", "Liên kết", links),
            portlet(
                "1_WAR_calendarportlet",
                "Lịch công tác",
                '<div class="alert alert-error">Bạn chưa có đủ quyền truy nhập portlet này.</div>',
            ),
            portlet(
                "86_WAR_weatherportlet",
                "Thời tiết",
                '<div class="alert alert-error">Portlet này tạm thời không khả dụng.</div>',
            ),
        ]
    )


def layout(
    request: Request,
    title: str,
    crumbs: list[tuple[str | None, str]],
    main: str,
    right: str | None = None,
    head: str = "",
) -> str:
    menu = "".join(
        f'<li class="lfr-nav-item"><a href="{SITE}/{key}"><span>{esc(label)}</span></a></li>'
        for key, label in MENU
    )
    trail = " » ".join(
        f'<li><a href="{href}">{esc(label)}</a></li>'
        if href
        else f'<li class="active">{esc(label)}</li>'
        for href, label in [(f"{SITE}/trang-chu", "Trang chủ"), *crumbs]
    )
    columns = (
        f'<div class="span8 portlet-column" id="column-1">{main}</div>\n'
        f'<div class="span4 portlet-column" id="column-2">{right}</div>'
        if right is not None
        else f'<div class="span12 portlet-column" id="column-1">{main}</div>'
    )
    return f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head>
<title>{esc(title)} - {esc(SITE_TITLE)}</title>
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<link href="/tct-theme/images/favicon.ico" rel="Shortcut Icon" />
<link href="/html/css/main.css?browserId=other&amp;themeId=tct_WAR_tcttheme&amp;minifierType=css&amp;t=1479871234000" rel="stylesheet" type="text/css" />
<link href="/tct-theme/css/main.css?browserId=other&amp;t=1479871234000" rel="stylesheet" type="text/css" />
<script src="/html/js/barebone.jsp?browserId=other&amp;themeId=tct_WAR_tcttheme&amp;languageId=vi_VN&amp;t=1479871234000" type="text/javascript"></script>
<script type="text/javascript">var themeDisplay={{getLayoutId:function(){{return "2";}},getScopeGroupId:function(){{return "{GROUP_ID}";}},isSignedIn:function(){{return false;}}}};</script>
{head}
</head>
<body class="yui3-skin-sam controls-visible guest-site signed-out public-page site">
<div class="container-fluid" id="wrapper">
<header id="banner" role="banner">
<div class="top-bar"><span class="current-date">{HEADER_DATE}</span>
<span class="sign-in"><a data-redirect="false" href="/c/portal/login?p_l_id=10186" id="sign-in" rel="nofollow">Đăng nhập</a></span></div>
<div id="heading"><h1 class="site-title"><a class="logo custom-logo" href="{SITE}/trang-chu" title="Đi đến {esc(SITE_TITLE)}">
<img alt="{esc(SITE_TITLE)}" height="120" src="/image/layout_set_logo?img_id=10412&amp;t=1479871234000" width="960" /></a></h1></div>
<nav class="sort-pages modify-pages" id="navigation" role="navigation"><ul aria-label="Các trang của website" role="menubar">{menu}</ul></nav>
<form action="{SITE}/trang-chu?p_p_id=3&amp;p_p_lifecycle=0&amp;p_p_state=maximized&amp;p_p_mode=view&amp;_3_struts_action=%2Fsearch%2Fsearch" class="search-form" method="get" name="_3_fm">
<input name="_3_keywords" size="20" title="Tìm kiếm" type="text" value="" placeholder="Tìm kiếm..." /><input type="submit" value="Tìm" /></form>
</header>
<div id="content">
<nav id="breadcrumbs"><ul aria-label="Đường dẫn" class="breadcrumb breadcrumb-horizontal">{trail}</ul></nav>
<div class="portlet-layout row-fluid">
{columns}
</div>
</div>
<footer id="footer" role="contentinfo">
<p><strong>TRƯỜNG CHÍNH TRỊ TỈNH QUẢNG NINH</strong><br />
Địa chỉ: Phường Hồng Hà, thành phố Hạ Long, tỉnh Quảng Ninh<br />
Điện thoại: 0203.3835.246 - Fax: 0203.3835.247 - Email: truongchinhtri@quangninh.gov.vn<br />
Chịu trách nhiệm chính: Hiệu trưởng Trường Chính trị tỉnh</p>
<p class="counter">Đang truy cập: 17 | Tổng lượt truy cập: 1.102.334</p>
<p class="powered-by">Thiết kế bởi Công ty CP Công nghệ Hạ Long Soft - Vận hành trên nền tảng <a href="http://www.liferay.com" rel="external">Liferay</a></p>
</footer>
</div>
<script type="text/javascript">AUI().use("aui-base","liferay-menu","liferay-notice",function(A){{Liferay.Util.addInputType();}});</script>
</body>
</html>"""


# --- Asset Publisher lists ------------------------------------------------------------------


def abstract_entry(story: Story, title_href: str, more_href: str) -> str:
    first = next((b for b in story.blocks if isinstance(b, Img)), None)
    thumb = (
        f'<div class="asset-small-image"><a href="{esc(title_href)}"><img alt="" class="asset-small-image" '
        f'src="/image/journal/article?img_id={img_id(story.slug)}&amp;t=1479871234567" width="150" /></a></div>'
        if first
        else ""
    )
    return f"""<div class="asset-abstract">
{thumb}
<h3 class="asset-title"><a href="{esc(title_href)}">{esc(story.title)}</a></h3>
<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">{dmy(story.published_at)}</span></div>
<div class="asset-content"><div class="asset-summary">{esc(abstract(story))}</div>
<div class="asset-more"><a href="{esc(more_href)}">Xem tiếp <span class="hide-accessible">về {esc(story.title)}</span> »</a></div></div>
</div>"""


def doc_entry(title_href: str) -> str:
    return f"""<div class="asset-abstract">
<div class="asset-small-image"><img alt="" src="/html/themes/classic/images/file_system/large/pdf.png" width="48" /></div>
<h3 class="asset-title"><a href="{esc(title_href)}">{esc(DOC_ASSET["title"])}</a></h3>
<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">{dmy(DOC_ASSET["date"])}</span></div>
<div class="asset-content"><div class="asset-summary">{esc(DOC_ASSET["desc"])}</div>
<div class="asset-more"><a href="{esc(title_href)}">Xem tiếp »</a></div></div>
</div>"""


def pager(delta: int, cur: int, total: int) -> str:
    pages = pages_of(delta)

    def li(label: str, target: int | None, cls: str = "") -> str:
        if target is None:
            return f'<li class="disabled {cls}"><a href="javascript:;">{label}</a></li>'
        return f'<li class="{cls}"><a href="{esc(listing_target(delta, target))}">{label}</a></li>'

    numbers = "".join(
        f'<li class="active"><a href="javascript:;">{n}</a></li>' if n == cur else li(str(n), n)
        for n in range(1, pages + 1)
    )
    deltas = "".join(
        f'<li><a href="{esc(listing_target(d, 1))}" role="menuitem">{d}</a></li>' for d in DELTAS
    )
    first, last = (cur - 1) * delta + 1, min(cur * delta, total)
    return f"""<div class="taglib-page-iterator"><div class="clearfix lfr-pagination">
<div class="lfr-pagination-config">
<div class="lfr-pagination-delta-selector"><div class="btn-group lfr-icon-menu">
<a class="dropdown-toggle direction-down btn" href="javascript:;"><span class="lfr-icon-menu-text">Số mục mỗi trang {delta}</span></a>
<ul class="dropdown-menu lfr-menu-list direction-down" role="menu">{deltas}</ul></div></div>
</div>
<small class="search-results">Mục {first} - {last} của {total}</small>
<ul class="pager lfr-pagination-buttons">
{li("Đầu tiên", 1 if cur > 1 else None, "first")}{li("« Trước", cur - 1 if cur > 1 else None)}{numbers}{li("Tiếp »", cur + 1 if cur < pages else None)}{li("Cuối cùng", pages if cur < pages else None, "last")}
</ul></div></div>"""


def tin_tuc_listing(request: Request, delta: int, cur: int) -> Response:
    here = quote(request.target, safe="")
    chunk = ASSETS[(cur - 1) * delta : cur * delta]
    entries = []
    for _date, story in chunk:
        if story is None:
            entries.append(doc_entry(f"{DOC_PATH}?redirect={here}"))
        else:
            entries.append(
                abstract_entry(
                    story, f"{canonical_path(story)}?redirect={here}", maximized_path(story)
                )
            )
    main = portlet(
        f"101_INSTANCE_{AP}",
        "Tin tức",
        '<div class="asset-publisher">'
        + "\n".join(entries)
        + "</div>"
        + pager(delta, cur, len(ASSETS)),
    )
    return html(layout(request, "Tin tức", [(None, "Tin tức")], main, sidebar()))


def category_page(request: Request, key: str) -> Response:
    items = [s for s in STORIES if s.cat == key]
    entries = [abstract_entry(s, canonical_path(s), canonical_path(s)) for s in items]
    if key == "thong-bao":
        entries.insert(2, doc_entry(DOC_PATH))
    total = len(entries)
    main = portlet(
        f"101_INSTANCE_{CAT_AP[key]}",
        CATEGORIES[key],
        '<div class="asset-publisher">'
        + "\n".join(entries)
        + f'</div><div class="taglib-page-iterator"><small class="search-results">Mục 1 - {total} của {total}</small></div>',
    )
    return html(layout(request, CATEGORIES[key], [(None, CATEGORIES[key])], main, sidebar()))


def home(request: Request) -> Response:
    newest = [s for _d, s in ASSETS if s is not None][:5]
    entries = "\n".join(abstract_entry(s, home_path(s), home_path(s)) for s in newest)
    notices = "".join(
        f'<li><a href="{canonical_path(s)}">{esc(s.title)}</a> <span class="date">({dmy(s.published_at)})</span></li>'
        for s in STORIES
        if s.cat == "thong-bao"
    )
    main = portlet(
        f"101_INSTANCE_{HOME_AP}",
        "Tin mới",
        f'<div class="asset-publisher">{entries}</div>'
        f'<p class="view-all"><a href="{SITE}/tin-tuc">Xem tất cả »</a></p>',
    ) + portlet("101_INSTANCE_Tb7aNq3Wc1Ke", "Thông báo", f'<ul class="title-list">{notices}</ul>')
    return html(layout(request, "Trang chủ", [], main, sidebar()))


# --- full content ---------------------------------------------------------------------------


def article_page(request: Request, story: Story, form: str) -> Response:
    base = base_url(request)
    default_back = f"{SITE}/trang-chu" if form == "home" else f"{SITE}/tin-tuc"
    back = request.params.get("redirect") or default_back
    if not back.startswith("/"):
        back = default_back
    cat_href = f"{SITE}/{story.cat}"
    author = (
        f'<span class="metadata-entry metadata-author">Tác giả: <a>{esc(story.opts["user"])}</a></span>\n'
        if story.opts.get("user")
        else ""
    )
    here = base + canonical_path(story)
    full = f"""<div class="asset-full-content default-asset-publisher show-asset-title">
<h3 class="header-title"><span>{esc(story.title)}</span></h3>
<div class="asset-metadata">
<span class="metadata-entry metadata-publish-date">{dmy(story.published_at)}</span>
{author}<span class="metadata-entry metadata-view-count">{story.views()} Lượt xem</span>
<span class="metadata-entry metadata-categories"><span class="taglib-asset-categories-summary">Chuyên mục: <a class="asset-category" href="{cat_href}">{esc(CATEGORIES[story.cat])}</a></span></span>
</div>
<div class="asset-content" id="_101_INSTANCE_{AP}_{story.id + 41200}">
<div class="journal-content-article" id="article_{GROUP_ID}_{story.id + 41200}_1.{story.id % 3}">
{render_body(story)}
</div>
</div>
<div class="asset-links"><a class="icon-circle-arrow-left" href="{esc(back)}">Quay lại</a></div>
<div class="taglib-social-bookmarks"><ul class="unstyled">
<li><a class="social-bookmark-facebook" href="https://www.facebook.com/sharer.php?u={quote(here, safe="")}" target="_blank">Facebook</a></li>
<li><a class="social-bookmark-twitter" href="https://twitter.com/intent/tweet?text={quote(story.title)}&amp;url={quote(here, safe="")}" target="_blank">Twitter</a></li>
<li><a class="social-bookmark-plusone" href="https://plus.google.com/share?url={quote(here, safe="")}" target="_blank">Google+</a></li>
</ul></div>
<div class="asset-ratings"><div class="taglib-ratings stars">Đánh giá: <span class="rating-stars">★★★★★</span> <span class="rating-label">(0 bình chọn)</span></div></div>
</div>"""
    title = "Tin mới" if form == "home" else "Tin tức"
    main = portlet(f"101_INSTANCE_{HOME_AP if form == 'home' else AP}", title, full)
    right = None
    if form != "max":
        others = [s for _d, s in ASSETS if s is not None and s is not story][:5]
        items = "".join(
            f'<li><a href="{canonical_path(s)}">{esc(s.title)}</a> <span class="date">({dmy(s.published_at)})</span></li>'
            for s in others
        )
        main += portlet(
            "101_INSTANCE_Ot6rYz1Kd3Gw", "Các tin khác", f'<ul class="title-list">{items}</ul>'
        )
        right = sidebar()
    crumbs = [(f"{SITE}/tin-tuc", "Tin tức"), (None, story.title)]
    if form == "home":
        crumbs = [(None, story.title)]
    head = (
        f'<link rel="canonical" href="{base}{canonical_path(story)}" />'
        if story.opts.get("canonical")
        else ""
    )
    return html(layout(request, story.title, crumbs, main, right, head))


def document_page(request: Request) -> Response:
    file_url = f"/documents/{GROUP_ID}/0/{DOC_ASSET['file']}"
    full = f"""<div class="asset-full-content default-asset-publisher show-asset-title">
<h3 class="header-title"><span>{esc(DOC_ASSET["title"])}</span></h3>
<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">{dmy(DOC_ASSET["date"])}</span>
<span class="metadata-entry metadata-view-count">86 Lượt xem</span></div>
<div class="asset-content"><div class="lfr-asset-description">{esc(DOC_ASSET["desc"])}</div>
<div class="lfr-asset-file"><img alt="" src="/html/themes/classic/images/file_system/small/pdf.png" />
<a href="{file_url}">Tải về ({DOC_ASSET["size"]})</a></div></div>
<div class="asset-links"><a href="{SITE}/tin-tuc">Quay lại</a></div>
</div>"""
    main = portlet(f"101_INSTANCE_{AP}", "Tin tức", full)
    crumbs = [(f"{SITE}/tin-tuc", "Tin tức"), (None, DOC_ASSET["title"])]
    return html(layout(request, DOC_ASSET["title"], crumbs, main, sidebar()))


# --- pages that are not articles ------------------------------------------------------------

HISTORY = [
    "Trường Chính trị tỉnh Quảng Ninh được thành lập theo Quyết định số 1157/QĐ-UB ngày 20/6/1992 "
    "của UBND tỉnh Quảng Ninh, trên cơ sở hợp nhất Trường Đảng tỉnh và Trường Hành chính tỉnh.",
    "Trải qua hơn 30 năm xây dựng và phát triển, Nhà trường đã đào tạo, bồi dưỡng hàng chục nghìn "
    "lượt cán bộ, công chức, viên chức của tỉnh; góp phần quan trọng vào công tác xây dựng Đảng và "
    "hệ thống chính trị.",
    "Hiện nay, Nhà trường có 4 khoa (Lý luận cơ sở; Xây dựng Đảng; Nhà nước và pháp luật; Dân vận) "
    "và 3 phòng chức năng (Tổ chức - Hành chính; Đào tạo; Quản lý khoa học).",
    "Nhà trường vinh dự được Đảng, Nhà nước tặng thưởng Huân chương Lao động hạng Nhất, hạng Nhì, "
    "hạng Ba và nhiều phần thưởng cao quý khác.",
]

TIMETABLE = [
    ("Thứ Hai 23/11", "Sáng", "TC K51", "Kỹ năng lãnh đạo, quản lý", "Phòng 201"),
    ("Thứ Ba 24/11", "Sáng", "TC K51", "Quản lý hành chính nhà nước", "Phòng 201"),
    ("Thứ Tư 25/11", "Chiều", "CC K75", "Kinh tế chính trị Mác - Lênin (ôn tập)", "Hội trường A"),
    ("Thứ Năm 26/11", "Sáng", "BD QP-AN ĐT4", "Chiến lược bảo vệ Tổ quốc", "Hội trường B"),
    ("Thứ Sáu 27/11", "Cả ngày", "TC K52 Vân Đồn", "Chủ nghĩa Mác - Lênin", "TTCT Vân Đồn"),
]


def static_page(request: Request, key: str) -> Response:
    if key == "gioi-thieu":
        body = "\n".join(f'<p style="text-align: justify;">{esc(p)}</p>' for p in HISTORY)
        content = (
            '<div class="journal-content-article" id="article_10180_12510_1.4">'
            '<p style="text-align: center;"><strong>LỊCH SỬ HÌNH THÀNH VÀ PHÁT TRIỂN</strong></p>\n'
            f'<p style="text-align: center;"><img alt="" src="/documents/{GROUP_ID}/0/tru-so-truong.jpg/'
            '1a2b3c4d-0000-4000-8000-000000000001?t=1462000000000" /></p>\n'
            f"{body}</div>"
        )
        main = portlet("56_INSTANCE_Gt1Hw8Kz", "Giới thiệu", content)
        label = "Giới thiệu"
    elif key == "lien-he":
        content = (
            "<p><strong>TRƯỜNG CHÍNH TRỊ TỈNH QUẢNG NINH</strong></p>"
            "<p>Địa chỉ: Phường Hồng Hà, thành phố Hạ Long, tỉnh Quảng Ninh</p>"
            "<p>Điện thoại: 0203.3835.246 - Fax: 0203.3835.247</p>"
            "<p>Email: truongchinhtri@quangninh.gov.vn</p>"
            '<form action="/web/tct/lien-he?p_p_id=1_WAR_webformportlet_INSTANCE_Wf3c&amp;p_p_lifecycle=1" '
            'method="post"><label>Họ và tên</label><input name="_1_WAR_webformportlet_field1" type="text">'
            '<label>Email</label><input name="_1_WAR_webformportlet_field2" type="text">'
            '<label>Nội dung</label><textarea name="_1_WAR_webformportlet_field3"></textarea>'
            '<input type="submit" value="Gửi"></form>'
        )
        main = portlet("1_WAR_webformportlet_INSTANCE_Wf3c", "Liên hệ", content)
        label = "Liên hệ"
    elif key == "lich-hoc":
        rows = "".join(
            "<tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>" for row in TIMETABLE
        )
        content = (
            '<div class="journal-content-article"><p style="text-align: center;"><strong>LỊCH HỌC TUẦN 48 '
            "(từ 23/11 đến 29/11/2026)</strong></p>"
            '<table border="1" cellpadding="4" cellspacing="0" style="width: 100%;"><tbody>'
            "<tr><td><strong>Ngày</strong></td><td><strong>Buổi</strong></td><td><strong>Lớp</strong></td>"
            "<td><strong>Nội dung</strong></td><td><strong>Địa điểm</strong></td></tr>"
            f"{rows}</tbody></table></div>"
        )
        main = portlet("56_INSTANCE_Lh6Tq2", "Lịch học", content)
        label = "Lịch học"
    elif key == "thu-vien-anh":
        names = [
            "le-ky-niem-20-11-a.jpg",
            "hoi-giang-2026-1.jpg",
            "be-giang-k73.jpg",
            "khai-giang-2026-2027.jpg",
            "thuc-te-mong-cai.jpg",
            "hoi-thao-tu-tuong-hcm.jpg",
        ]
        thumbs = "".join(
            f'<a class="image-link" href="{esc(doc(n))}" title="{esc(n)}"><img alt="{esc(n)}" '
            f'src="{esc(doc(n))}&amp;imageThumbnail=1" /><span class="image-title">{esc(n)}</span></a>'
            for n in names
        )
        content = (
            '<div class="taglib-image-gallery"><h4>Album: Hoạt động Nhà trường năm 2026</h4>'
            f'<div class="image-gallery">{thumbs}</div><small class="search-results">Hiển thị 6 kết quả.</small></div>'
        )
        main = portlet("31_INSTANCE_Ig9Ra", "Thư viện ảnh", content)
        label = "Thư viện ảnh"
    else:  # van-ban
        rows = "".join(
            f'<tr><td><img alt="" src="/html/themes/classic/images/file_system/small/pdf.png" /> '
            f'<a href="/documents/{GROUP_ID}/0/{f}">{esc(t)}</a></td><td>{d}</td><td>{size}</td>'
            f'<td><a href="/documents/{GROUP_ID}/0/{f}?download=true">Tải về</a></td></tr>'
            for t, f, d, size in LIBRARY
        )
        content = (
            '<table class="table table-bordered table-hover table-striped"><thead><tr><th>Tiêu đề</th>'
            f"<th>Ngày</th><th>Dung lượng</th><th></th></tr></thead><tbody>{rows}</tbody></table>"
            '<small class="search-results">Hiển thị 5 kết quả.</small>'
        )
        main = portlet("20", "Văn bản", content)
        label = "Văn bản"
    return html(layout(request, label, [(None, label)], main, sidebar()))


def login_page(request: Request) -> Response:
    content = (
        '<form action="/web/tct/trang-chu?p_p_id=58&amp;p_p_lifecycle=1&amp;p_p_state=maximized&amp;'
        'p_p_mode=view&amp;_58_struts_action=%2Flogin%2Flogin" method="post" name="_58_fm">'
        '<label for="_58_login">Địa chỉ email</label><input id="_58_login" name="_58_login" type="text" />'
        '<label for="_58_password">Mật khẩu</label><input id="_58_password" name="_58_password" type="password" />'
        '<input type="checkbox" name="_58_rememberMe"> Ghi nhớ'
        '<button class="btn btn-primary" type="submit">Đăng nhập</button></form>'
    )
    main = portlet("58", "Đăng nhập", content)
    return html(layout(request, "Đăng nhập", [(None, "Đăng nhập")], main))


# --- routing --------------------------------------------------------------------------------

ART_RE = re.compile(rf"{SITE}/(tin-tuc|trang-chu)/-/asset_publisher/(\w+)/content/([a-z0-9-]+)")
LOGIN_TARGET = (
    f"{SITE}/trang-chu?p_p_id=58&p_p_lifecycle=0&p_p_state=maximized&p_p_mode=view"
    "&saveLastPath=false&_58_struts_action=%2Flogin%2Flogin"
)


def _int(value: str | None, default: int, top: int) -> int:
    return int(value) if value and value.isdigit() and 1 <= int(value) <= top else default


class LiferaySite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        params = request.params
        if path.startswith("/documents/"):
            if ".pdf" in path:
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            if ".jpg" in path:
                return static_file("x.jpg")
            return None
        if path == "/image/journal/article" or path == "/image/layout_set_logo":
            return static_file("x.jpg")
        if path.startswith(("/html/", "/tct-theme/")):
            return static_file(path)
        if path in ("/", SITE, SITE + "/"):
            return redirect(f"{SITE}/trang-chu", 302)
        if path == "/c/portal/login":
            return redirect(LOGIN_TARGET, 302)
        if m := ART_RE.fullmatch(path):
            page, instance, slug = m.groups()
            story = BY_SLUG.get(slug)
            if story is None or (page, instance) not in (("tin-tuc", AP), ("trang-chu", HOME_AP)):
                return None
            return article_page(request, story, "home" if page == "trang-chu" else "canonical")
        if path == DOC_PATH:
            return document_page(request)
        if path == f"{SITE}/trang-chu":
            if params.get("p_p_id") == "58":
                return login_page(request)
            return home(request)
        if path == f"{SITE}/tin-tuc":
            if (
                params.get("p_p_id") == f"101_INSTANCE_{AP}"
                and params.get("p_p_state") == "maximized"
            ):
                story = BY_SLUG.get(params.get(NS + "urlTitle", ""))
                if (
                    story is None
                    or params.get(NS + "struts_action") != "/asset_publisher/view_content"
                    or params.get(NS + "type") != "content"
                ):
                    return None
                return article_page(request, story, "max")
            delta = _int(params.get(NS + "delta"), DELTA, 200)
            cur = _int(params.get(NS + "cur"), 1, pages_of(delta))
            return tin_tuc_listing(request, delta, cur)
        key = path[len(SITE) + 1 :] if path.startswith(SITE + "/") else ""
        if key in CAT_AP:
            return category_page(request, key)
        if key in ("gioi-thieu", "lien-he", "lich-hoc", "thu-vien-anh", "van-ban"):
            return static_page(request, key)
        return None


def build_site() -> LiferaySite:
    return LiferaySite()


# --- gold -----------------------------------------------------------------------------------


def _alt_paths(story: Story) -> list[str]:
    alts = [home_path(story), home_path(story, with_redirect=False), maximized_path(story)]
    for target, chunk in listing_variants():
        if any(s is story for _d, s in chunk):
            alts.append(f"{canonical_path(story)}?redirect={quote(target, safe='')}")
    return alts


GOLD = [
    gold_record(s, canonical_path(s), CATEGORIES[s.cat], alt_paths=_alt_paths(s)) for s in STORIES
]

NON_ARTICLES = [
    f"{SITE}/gioi-thieu",
    f"{SITE}/lien-he",
    f"{SITE}/lich-hoc",
    f"{SITE}/thu-vien-anh",
    f"{SITE}/van-ban",
    listing_target(DELTA, 2),
    DOC_PATH,
]
