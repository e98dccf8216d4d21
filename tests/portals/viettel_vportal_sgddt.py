"""Sở Giáo dục và Đào tạo tỉnh Yên Bái: a sub-portal of the province's e-government portal built
on a telecom vendor's portal product (Java/Spring back end, JSP views, its own CMS with a tree of
"chuyên mục", portlet boxes with numbered instance ids, tickers and iframes on the home page).

Platform
    The vendor's "vPortal" product: every box is a portlet (``<section class="portlet"
    id="portlet_vpnews_WAR_vportalportlet_INSTANCE_…">``) with a topper whose ``<h1>`` is the
    box's (the chuyên mục's) name; the CMS prints its own Vietnamese-abbreviated classes
    (``ndct`` = nội dung chi tiết, ``ndct-td`` = tiêu đề, ``ndct-tt`` = thông tin, ``ndct-nd`` =
    nội dung …). Dates come out of a JSP ``fmt:formatDate`` in the vi_VN 12-hour pattern
    (``hh:mm a`` → "02:30 CH"), as the product's default locale file has it.

URL scheme
    ``/sgddt``                                          home of the sub-portal (START_PATH);
                                                        ``/`` redirects there
    ``/sgddt/tin-tuc/-/view-content/<id>/<slug>``       an article (canonical form)
    ``/sgddt/tin-tuc/-/view-content/<id>``              the same article, id only (ticker links)
    ``/sgddt/tin-tuc/-/view-content/<id>/<old-slug>``   the same article under the slug it had
                                                        before its title was edited (one post)
    ``…/view-content/<id>/<slug>?p_p_state=pop_up``     the print pop-up (opened by script only)
    ``/sgddt/tin-tuc?categoryId=<c>&page=<N>``          a chuyên mục listing, 3 a page; page 1 is
                                                        also served without ``page``
    ``/sgddt/<page-alias>``                             static pages (giới thiệu, cơ cấu tổ chức,
                                                        liên hệ, thư viện ảnh)
    ``/sgddt/van-ban`` and ``/sgddt/van-ban/-/view-document/<id>``   documents
    ``/sgddt/widget/tin-moi``                           the "Tin mới cập nhật" box, an iframe
    ``/sgddt/tim-kiem?keyword=``                        search (GET form), always empty
    ``/documents/<group>/<folder>/<file>/<uuid>?t=…``   document-library images (no extension at
                                                        the end of the path);
    ``/image/journal/article?img_id=…&t=…``             list thumbnails and one inline image

Page templates
    Home: top bar with today's date, banner, menu with drop-downs (the chuyên mục tree), a
    ``<marquee>`` ticker, "Tin nổi bật" block, one box per chuyên mục (2 newest + "Xem thêm"),
    a "Thông báo" box on the side, iframes (internal "Tin mới cập nhật", external map and video),
    links select, poll, visitor counter, footer. Listing: breadcrumb, items with thumbnail,
    truncated title, "(dd/mm/yyyy)" and summary, pager "« Đầu ‹ Trước 1 2 Sau › Cuối »".
    Article: portlet topper ``<h1>`` (the chuyên mục name), breadcrumb, ``h2.ndct-td`` headline,
    ``div.ndct-tt`` meta bar (date, views, sometimes author/poster/source), ``div.ndct-tomtat``
    sapo, ``div.ndct-nd`` text, tool bar, "Các tin khác" (the 3 next older posts of the same
    chuyên mục), comment form.

How each gold article is reached
    Chuyên mục listings (menu links) hold every article; page 2 of "Tin hoạt động của Sở"
    (274171, 274120) and of "Hoạt động các đơn vị trường học" (274139) are the only listing
    places of those three (the home boxes print 2 per chuyên mục, page 1 prints 3). The home's
    ticker links the 5 newest by id only; "Tin nổi bật" links 274250 under its old slug; the
    iframe and "Các tin khác" add further routes.

Traps
    1. The page's ``<h1>`` is the portlet topper (the chuyên mục name, "Tin hoạt động của Sở"),
       ``<title>`` is the generic "Chi tiết tin - Sở GD&ĐT Yên Bái" and there is no og:title:
       the headline is the ``<h2 class="ndct-td">`` -> gold title is that h2.
    2. Listings, the home boxes and "Các tin khác" print titles cut at 60 characters with "…"
       (the JSP's ``fn:substring``); link text is not the title -> gold title from the article.
    3. The same post at several URLs: the ticker's id-only link, the featured block's old slug
       (274250 was retitled), the print pop-up ``?p_p_state=pop_up`` (opened by ``onclick``) ->
       one gold record each, the other forms in ``alt_paths``; canonical is the slug form (the
       page's ``<link rel="canonical">``).
    4. Times printed in the vi_VN 12-hour pattern: "02:30 CH" is 14:30, "09:15:00 SA" is 09:15,
       "12:00 SA" is midnight (a day without a time) -> "2026-12-04T14:30:00+07:00"; 274233
       prints "12:00 SA" -> "2026-11-24".
    5. The meta bar of 274250 prints "Cập nhật: 02/12/2026 08:10 SA" BEFORE "Ngày đăng:
       27/11/2026 03:20 CH" -> published_at is the Ngày đăng (2026-11-27T15:20:00+07:00).
    6. Photo captions in a two-row layout table (``table.vp-tbl-anh``: image row, caption row):
       the caption row is the image's caption, not a table row of the text (no " | " paragraph).
    7. 274233's whole text was pasted from Word inside a one-cell layout table (``<table
       width="100%"><tr><td><p>…``): its paragraphs are paragraphs, not one giant table row; by
       contrast 274266 has a real data table whose rows ARE paragraphs ("cells | joined").
    8. 274298's text has no ``<p>`` at all: one ``<div>`` of nested ``<span>`` with paragraphs
       split by ``<br><br>`` -> each split a paragraph, no empty ones.
    9. Author in the meta bar, not at the end: "Tác giả: ThS. Hà Văn Long" next to "Người
       đăng: qtv_sgddt" (a CMS account) -> authors ["Hà Văn Long"], the poster nobody.
   10. Source in the meta bar ("Nguồn: Báo Yên Bái điện tử") instead of a closing line ->
       source "Báo Yên Bái điện tử".
   11. Related posts pasted by the editor at the end of the text INSIDE ``div.ndct-nd`` ("Tin
       liên quan:" + a ``<ul>`` of links, 274310) and a "Xem thêm:" line (274204): not body.
   12. Document-library image URLs end in a uuid, not ".jpg", and carry ``?t=<timestamp>``; one
       inline image is ``/image/journal/article?img_id=…&amp;t=…`` -> gold paths keep the query
       (``&amp;`` read as ``&``); list thumbnails use the same servlet and are not article photos.
   13. The notice 274281 is an official document (letterhead table, "Số:", place and day,
       "THÔNG BÁO / Về việc …", Nơi nhận, signer) under a meta bar saying 01/12/2026 04:45 CH ->
       date is the letterhead's day "2026-11-30", author the signer "Đỗ Đức Minh", the
       "Tệp đính kèm" line is not body.
   14. Iframes on the home: the internal "Tin mới cập nhật" box (links ``target="_parent"``),
       a map and a video on other hosts (not followed).

Gold decisions on ambiguous points
    - category: the chuyên mục the post is filed under (the breadcrumb's last link and the
      portlet topper), not the parent "Tin tức - Sự kiện".
    - The sapo (``div.ndct-tomtat``, bold) is printed outside the text: summary, and the body's
      first paragraph; posts without it have summary null (the meta description alone is not one).
    - "Tin, ảnh: Giàng A Sình" -> author and photographer; "Tin: X - Ảnh: Y" -> [X], [Y];
      a closing right-aligned unit "Phòng Giáo dục Trung học" -> the author as printed;
      "BBT" -> nobody.
    - A caption line that is only "Ảnh: Thanh Chi" -> caption None, photographer "Thanh Chi".
    - 274188 prints only a day ("12/11/2026") -> "2026-11-12".
    - The print pop-up serves the article (bare template) and is listed in alt_paths although
      no ``href`` points to it.
"""

from __future__ import annotations

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
    collapse,
    esc,
    gold_record,
    static_file,
)

NAME = "viettel_vportal_sgddt"
PLATFORM = "Viettel vPortal (Java/Spring, JSP, vendor CMS with chuyên mục tree)"
START_PATH = "/sgddt"

HEADER_DATE = "Thứ Bảy, 05/12/2026"
ROOT = "/sgddt"
PAGE_SIZE = 3

CAT_PARENT = (101, "Tin tức - Sự kiện")
CATS: dict[int, str] = {
    102: "Tin hoạt động của Sở",
    103: "Hoạt động các đơn vị trường học",
    104: "Thông báo",
    105: "Chuyên môn - Nghiệp vụ",
}
CHILDREN_OF_PARENT = (102, 103)


def _doc_img(name: str, uuid: str, t: str) -> str:
    return f"/documents/20182/0/{name}/{uuid}?t={t}"


def _article_path(sid: int, slug: str | None = None) -> str:
    base = f"{ROOT}/tin-tuc/-/view-content/{sid}"
    return f"{base}/{slug}" if slug else base


# --- the stories ---------------------------------------------------------------------------------

STORIES: list[Story] = [
    Story(
        id=274310,
        slug="hoi-nghi-trien-khai-nhiem-vu-chuyen-doi-so-trong-giao-duc-nam-hoc-2026-2027",
        title="Hội nghị triển khai nhiệm vụ chuyển đổi số trong giáo dục năm học 2026 - 2027",
        cat="Tin hoạt động của Sở",
        published_at="2026-12-04T14:30:00+07:00",
        summary=(
            "Chiều 04/12, Sở Giáo dục và Đào tạo tổ chức hội nghị trực tuyến triển khai nhiệm vụ "
            "chuyển đổi số trong giáo dục năm học 2026 - 2027 tới 9 điểm cầu huyện, thị xã, thành phố."
        ),
        sapo_outside=True,
        authors=["Nguyễn Thu Hằng"],
        blocks=[
            P(
                "Dự hội nghị có lãnh đạo Sở Giáo dục và Đào tạo, trưởng các phòng chuyên môn của Sở, "
                "lãnh đạo Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố cùng hơn 600 cán bộ "
                "quản lý các trường học trong toàn tỉnh."
            ),
            Img(
                _doc_img("HN-CDS-1.jpg", "8a41c2de-5b0f-4f7e-9d0a-77c1f3e2a901", "1764838200000"),
                printed="Quang cảnh hội nghị tại điểm cầu Sở Giáo dục và Đào tạo",
                caption="Quang cảnh hội nghị tại điểm cầu Sở Giáo dục và Đào tạo",
                style="table",
            ),
            P(
                "Năm học 2025 - 2026, 100% cơ sở giáo dục trên địa bàn tỉnh đã sử dụng cơ sở dữ liệu "
                "ngành; 92% trường phổ thông triển khai học bạ số; hơn 85% giao dịch thu học phí được "
                "thực hiện không dùng tiền mặt."
            ),
            P(
                "Phát biểu chỉ đạo, đồng chí Phó Giám đốc Sở đề nghị các đơn vị tập trung hoàn thiện "
                "hạ tầng, bồi dưỡng kỹ năng số cho giáo viên và bảo đảm an toàn thông tin trong quá "
                "trình vận hành các hệ thống."
            ),
            Img(
                _doc_img("HN-CDS-2.jpg", "1f9be0a4-3c57-4b2e-8e61-0d5a2c7b9f44", "1764838260000"),
                printed="Đại biểu thảo luận tại hội nghị",
                caption="Đại biểu thảo luận tại hội nghị",
                style="table",
            ),
            P(
                "Hội nghị cũng dành thời gian giới thiệu các tính năng mới của phần mềm quản lý trường "
                "học và hướng dẫn quy trình ký số học bạ đối với cấp tiểu học."
            ),
            Raw(
                '<p><strong>Tin liên quan:</strong></p>\n<ul class="lq">'
                f'<li><a href="{_article_path(274266, "huong-dan-to-chuc-kiem-tra-danh-gia-dinh-ky-hoc-ky-i-cap-thcs")}">'
                "Hướng dẫn tổ chức kiểm tra, đánh giá định kỳ học kỳ I cấp THCS</a></li>"
                f'<li><a href="{_article_path(274204, "tap-huan-giao-vien-cot-can-ve-day-hoc-mon-lich-su-va-dia-ly")}">'
                "Tập huấn giáo viên cốt cán về dạy học môn Lịch sử và Địa lý</a></li></ul>"
            ),
        ],
        opts={
            "date": "Thứ Sáu, 04/12/2026 - 02:30 CH",
            "meta_author": "Nguyễn Thu Hằng",
            "poster": "qtv_sgddt",
        },
    ),
    Story(
        id=274298,
        slug="truong-ptdtbt-th-thcs-nam-co-to-chuc-ngay-hoi-van-hoa-cac-dan-toc",
        title="Trường PTDTBT TH&THCS Nậm Có tổ chức Ngày hội văn hóa các dân tộc",
        cat="Hoạt động các đơn vị trường học",
        published_at="2026-12-03T09:15:00+07:00",
        authors=["Giàng A Sình"],
        photographers=["Giàng A Sình"],
        blocks=[
            P(
                "Sáng 02/12, Trường Phổ thông dân tộc bán trú Tiểu học và Trung học cơ sở Nậm Có, "
                "huyện Mù Cang Chải tổ chức Ngày hội văn hóa các dân tộc năm 2026."
            ),
            P(
                "Ngày hội thu hút gần 700 học sinh tham gia với các hoạt động: trình diễn trang phục "
                "dân tộc Mông, Thái; thi gói bánh chưng; ném pao, đẩy gậy và kéo co."
            ),
            Img(
                _doc_img("NamCo-ngayhoi.jpg", "c03d7a15-92e8-4f61-b1aa-5e6f0c2d8b37", "1764727500000"),
                printed="Học sinh trình diễn trang phục dân tộc Mông",
                caption="Học sinh trình diễn trang phục dân tộc Mông",
                style="table",
            ),
            P(
                "Thông qua ngày hội, nhà trường góp phần giáo dục học sinh lòng tự hào, ý thức giữ gìn "
                "và phát huy bản sắc văn hóa của dân tộc mình."
            ),
            P("Kết thúc ngày hội, Ban tổ chức đã trao 12 giải tập thể và 20 giải cá nhân."),
            Raw('<div style="text-align:right"><strong>Tin, ảnh: Giàng A Sình</strong></div>'),
        ],
        opts={"date": "03/12/2026 09:15:00 SA", "form": "divbr"},
    ),
    Story(
        id=274281,
        slug="thong-bao-tuyen-dung-vien-chuc-giao-duc-nam-2026-dot-2",
        title="Thông báo tuyển dụng viên chức giáo dục năm 2026 (đợt 2)",
        cat="Thông báo",
        published_at="2026-11-30",
        authors=["Đỗ Đức Minh"],
        blocks=[
            Raw(
                '<table border="0" cellpadding="0" cellspacing="0" style="width:100%">'
                "<tbody><tr>"
                '<td style="text-align:center;width:40%">UBND TỈNH YÊN BÁI<br>'
                "<strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong><br>Số: 2417/TB-SGDĐT</td>"
                '<td style="text-align:center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>'
                "Độc lập - Tự do - Hạnh phúc</strong><br>"
                "<em>Yên Bái, ngày 30 tháng 11 năm 2026</em></td>"
                "</tr></tbody></table>"
                '<p style="text-align:center"><strong>THÔNG BÁO</strong><br>'
                "<strong>Về việc tuyển dụng viên chức giáo dục năm 2026 (đợt 2)</strong></p>"
            ),
            P(
                "Căn cứ Nghị định số 115/2020/NĐ-CP ngày 25/9/2020 của Chính phủ quy định về tuyển "
                "dụng, sử dụng và quản lý viên chức; Căn cứ Kế hoạch số 312/KH-UBND ngày 10/11/2026 "
                "của Ủy ban nhân dân tỉnh Yên Bái;"
            ),
            P(
                "Sở Giáo dục và Đào tạo thông báo tuyển dụng 46 chỉ tiêu viên chức giảng dạy tại các "
                "trường trung học phổ thông và trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên, "
                "cụ thể như sau:"
            ),
            P("1. Điều kiện đăng ký dự tuyển: theo quy định tại Điều 32 Luật Viên chức."),
            P("2. Thời gian nhận phiếu đăng ký: từ ngày 01/12/2026 đến hết ngày 30/12/2026."),
            P(
                "3. Địa điểm nhận phiếu: Phòng Tổ chức cán bộ, Sở Giáo dục và Đào tạo, đường Nguyễn "
                "Tất Thành, phường Đồng Tâm, thành phố Yên Bái."
            ),
            Raw(
                '<table border="0" style="width:100%"><tbody><tr>'
                '<td style="width:50%;vertical-align:top"><strong><em>Nơi nhận:</em></strong><br>'
                "- UBND tỉnh (b/c);<br>- Sở Nội vụ;<br>- Cổng TTĐT Sở;<br>- Lưu: VT, TCCB.</td>"
                '<td style="text-align:center;vertical-align:top"><strong>KT. GIÁM ĐỐC<br>'
                "PHÓ GIÁM ĐỐC</strong><br><br><br><strong>Đỗ Đức Minh</strong></td>"
                "</tr></tbody></table>"
                '<p class="dinh-kem">Tệp đính kèm: <a href="/documents/20182/0/TB-2417.pdf/'
                '7bd1e3a0-1111-4c2a-9a55-4f0e2d3c6b12">TB-2417-SGDDT.pdf</a></p>'
            ),
        ],
        opts={"date": "01/12/2026 04:45 CH"},
    ),
    Story(
        id=274266,
        slug="huong-dan-to-chuc-kiem-tra-danh-gia-dinh-ky-hoc-ky-i-cap-thcs",
        title="Hướng dẫn tổ chức kiểm tra, đánh giá định kỳ học kỳ I cấp THCS năm học 2026 - 2027",
        cat="Chuyên môn - Nghiệp vụ",
        published_at="2026-11-30T10:00:00+07:00",
        authors=["Phòng Giáo dục Trung học"],
        blocks=[
            P(
                "Thực hiện Thông tư số 22/2021/TT-BGDĐT, Sở Giáo dục và Đào tạo hướng dẫn các Phòng "
                "Giáo dục và Đào tạo tổ chức kiểm tra, đánh giá định kỳ học kỳ I cấp trung học cơ sở."
            ),
            P("Lịch kiểm tra các môn do Sở ra đề như sau:", "h"),
            P("Ngày | Buổi | Môn kiểm tra | Thời gian làm bài", "tr"),
            P("22/12/2026 | Sáng | Ngữ văn | 90 phút", "tr"),
            P("22/12/2026 | Chiều | Toán | 90 phút", "tr"),
            P("23/12/2026 | Sáng | Tiếng Anh | 60 phút", "tr"),
            P(
                "Các đơn vị chủ động xây dựng đề kiểm tra các môn còn lại theo ma trận và bản đặc tả "
                "đã được tập huấn, bảo đảm đánh giá đúng năng lực học sinh."
            ),
            Raw(
                '<p style="text-align:right"><strong>Phòng Giáo dục Trung học</strong></p>'
            ),
        ],
        opts={"date": "30/11/2026 10:00 SA"},
    ),
    Story(
        id=274250,
        slug="doan-cong-tac-bo-gd-dt-kiem-tra-cong-tac-chuan-bi-thi-tot-nghiep-thpt-nam-2027",
        title=(
            "Đoàn công tác Bộ GD&ĐT kiểm tra công tác chuẩn bị thi tốt nghiệp THPT năm 2027 tại "
            "Yên Bái"
        ),
        cat="Tin hoạt động của Sở",
        published_at="2026-11-27T15:20:00+07:00",
        photographers=["Thanh Chi"],
        source="Báo Yên Bái điện tử",
        summary=(
            "Ngày 27/11, Đoàn công tác của Bộ Giáo dục và Đào tạo đã kiểm tra công tác chuẩn bị "
            "cho Kỳ thi tốt nghiệp trung học phổ thông năm 2027 tại tỉnh Yên Bái."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Đoàn đã kiểm tra cơ sở vật chất, hệ thống camera giám sát tại điểm thi Trường THPT "
                "Lý Thường Kiệt và làm việc với Sở Giáo dục và Đào tạo."
            ),
            Img(
                _doc_img("doan-kiem-tra-bo.jpg", "e2b74f10-6a3d-4c89-a0f5-3b1d9e7c2a66", "1764231600000"),
                printed="Ảnh: Thanh Chi",
                caption=None,
                style="credit",
            ),
            P(
                "Báo cáo với đoàn, lãnh đạo Sở cho biết toàn tỉnh có 8.950 học sinh lớp 12; nhà trường "
                "đã tổ chức ôn tập theo nhóm đối tượng, chú trọng học sinh vùng đặc biệt khó khăn."
            ),
            P(
                "Trưởng đoàn ghi nhận sự chủ động của ngành giáo dục Yên Bái và đề nghị tỉnh tiếp tục "
                "rà soát các điểm thi xa trung tâm."
            ),
        ],
        opts={
            "date": "27/11/2026 03:20 CH",
            "updated": "02/12/2026 08:10 SA",
            "meta_source": "Báo Yên Bái điện tử",
            "old_slug": "doan-kiem-tra-cua-bo-gd-dt-lam-viec-tai-yen-bai",
            "old_title": "Đoàn kiểm tra của Bộ GD&ĐT làm việc tại Yên Bái",
        },
    ),
    Story(
        id=274233,
        slug="truong-thpt-chuyen-nguyen-tat-thanh-co-12-hoc-sinh-vao-doi-tuyen-du-thi-quoc-gia",
        title="Trường THPT Chuyên Nguyễn Tất Thành có 12 học sinh vào đội tuyển dự thi quốc gia",
        cat="Hoạt động các đơn vị trường học",
        published_at="2026-11-24",
        authors=["Vũ Thị Lan Anh"],
        blocks=[
            P(
                "Qua hai vòng thi chọn, Trường THPT Chuyên Nguyễn Tất Thành có 12 học sinh được chọn "
                "vào đội tuyển của tỉnh dự Kỳ thi chọn học sinh giỏi quốc gia năm 2027."
            ),
            P(
                "Các em thuộc đội tuyển các môn Toán, Vật lý, Hóa học, Sinh học, Tin học và Tiếng Anh; "
                "trong đó có 3 em lần thứ hai tham gia đội tuyển."
            ),
            P(
                "Nhà trường đã xây dựng kế hoạch bồi dưỡng tập trung từ tháng 12, mời giảng viên các "
                "trường đại học về giảng dạy các chuyên đề nâng cao."
            ),
            Raw('<p style="text-align:right"><strong>Vũ Thị Lan Anh</strong></p>'),
        ],
        opts={"date": "24/11/2026 12:00 SA", "form": "layout_table"},
    ),
    Story(
        id=274219,
        slug="so-gd-dt-yen-bai-to-chuc-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title=(
            "Sở GD&ĐT Yên Bái tổ chức kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11 và tôn vinh nhà "
            "giáo tiêu biểu"
        ),
        cat="Tin hoạt động của Sở",
        published_at="2026-11-20T08:00:00+07:00",
        authors=["Hà Văn Long"],
        summary=(
            "Sáng 20/11, Sở Giáo dục và Đào tạo long trọng tổ chức lễ kỷ niệm 44 năm Ngày Nhà giáo "
            "Việt Nam và tuyên dương 64 nhà giáo tiêu biểu năm học 2025 - 2026."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tới dự có đồng chí Phó Chủ tịch Ủy ban nhân dân tỉnh, đại diện các sở, ngành và các "
                "thế hệ nhà giáo đã nghỉ hưu."
            ),
            Img(
                _doc_img("ky-niem-20-11-a.jpg", "0c6e1d52-7f4b-4a93-8b20-9e3f5a1c7d08", "1763600400000"),
                printed="(Phó Chủ tịch UBND tỉnh tặng hoa chúc mừng các nhà giáo)",
                caption="Phó Chủ tịch UBND tỉnh tặng hoa chúc mừng các nhà giáo",
                style="em",
            ),
            P(
                "Năm học vừa qua, toàn ngành có 1.126 giáo viên dạy giỏi cấp tỉnh, 34 sáng kiến được "
                "công nhận cấp tỉnh; tỷ lệ trường đạt chuẩn quốc gia đạt 71,4%."
            ),
            Img(
                "/image/journal/article?img_id=5501&amp;t=1763600460000",
                printed="(Các nhà giáo tiêu biểu nhận Bằng khen)",
                caption="Các nhà giáo tiêu biểu nhận Bằng khen",
                style="em",
            ),
            P(
                "Dịp này, 64 nhà giáo tiêu biểu được Chủ tịch Ủy ban nhân dân tỉnh tặng Bằng khen vì "
                "có thành tích xuất sắc trong sự nghiệp giáo dục."
            ),
        ],
        opts={"date": "Thứ Sáu, 20/11/2026 - 08:00 SA", "meta_author": "ThS. Hà Văn Long", "poster": "qtv_sgddt"},
    ),
    Story(
        id=274204,
        slug="tap-huan-giao-vien-cot-can-ve-day-hoc-mon-lich-su-va-dia-ly",
        title="Tập huấn giáo viên cốt cán về dạy học môn Lịch sử và Địa lý cấp THCS",
        cat="Chuyên môn - Nghiệp vụ",
        published_at="2026-11-17T14:00:00+07:00",
        authors=["Phạm Quốc Tuấn"],
        blocks=[
            P(
                "Từ ngày 15 đến 17/11, Sở Giáo dục và Đào tạo tổ chức lớp tập huấn cho 120 giáo viên "
                "cốt cán môn Lịch sử và Địa lý cấp trung học cơ sở."
            ),
            P("Nội dung tập huấn gồm:"),
            P("Xây dựng kế hoạch dạy học các chủ đề chung theo chương trình 2018;", "li"),
            P("Sử dụng bản đồ số và học liệu điện tử trong giờ học;", "li"),
            P("Thiết kế câu hỏi đánh giá năng lực tìm hiểu lịch sử, địa lý.", "li"),
            P(
                "Sau tập huấn, các giáo viên cốt cán có trách nhiệm hướng dẫn lại cho giáo viên của "
                "trường và cụm trường."
            ),
            Raw(
                '<p><em>Xem thêm: <a href="'
                + _article_path(274266, "huong-dan-to-chuc-kiem-tra-danh-gia-dinh-ky-hoc-ky-i-cap-thcs")
                + '">Hướng dẫn tổ chức kiểm tra, đánh giá định kỳ học kỳ I cấp THCS</a></em></p>'
                '<p style="text-align:right"><strong>Phạm Quốc Tuấn</strong></p>'
            ),
        ],
        opts={"date": "17/11/2026 02:00 CH"},
    ),
    Story(
        id=274188,
        slug="truong-mam-non-hoa-sen-thi-xa-nghia-lo-huong-ung-tuan-le-hoc-tap-suot-doi",
        title="Trường Mầm non Hoa Sen thị xã Nghĩa Lộ hưởng ứng Tuần lễ học tập suốt đời",
        cat="Hoạt động các đơn vị trường học",
        published_at="2026-11-12",
        authors=["Lường Thị Hoa"],
        blocks=[
            P(
                "Hưởng ứng Tuần lễ học tập suốt đời năm 2026, Trường Mầm non Hoa Sen tổ chức nhiều "
                "hoạt động thiết thực cho trẻ, giáo viên và phụ huynh."
            ),
            Img(
                _doc_img("hoa-sen-doc-sach.jpg", "5d8a2c64-0b1e-4f3d-9c77-a2e6b41f0d93", "1762923600000"),
                printed="Cô và trẻ cùng đọc sách tại góc thư viện xanh",
                caption="Cô và trẻ cùng đọc sách tại góc thư viện xanh",
                style="table",
            ),
            P(
                "Nhà trường phát động phong trào quyên góp sách, xây dựng góc thư viện xanh ở sân "
                "trường và tổ chức ngày hội đọc sách cùng bố mẹ."
            ),
            Raw('<p style="text-align:right"><strong>Lường Thị Hoa</strong></p>'),
        ],
        opts={"date": "12/11/2026"},
    ),
    Story(
        id=274171,
        slug="giao-ban-cong-tac-giao-duc-dan-toc-cac-huyen-vung-cao",
        title="Giao ban công tác giáo dục dân tộc các huyện vùng cao",
        cat="Tin hoạt động của Sở",
        published_at="2026-11-06T16:30:00+07:00",
        authors=["Minh Thu"],
        photographers=["Trọng Khôi"],
        blocks=[
            P(
                "Ngày 06/11, tại huyện Trạm Tấu, Sở Giáo dục và Đào tạo tổ chức giao ban công tác "
                "giáo dục dân tộc các huyện Mù Cang Chải, Trạm Tấu và Văn Chấn."
            ),
            Img(
                _doc_img("giao-ban-dt.jpg", "9b3f6e21-4d0a-4c58-bf12-6a7d3e5c1b80", "1762421400000"),
                printed="Các đại biểu dự giao ban tại huyện Trạm Tấu",
                caption="Các đại biểu dự giao ban tại huyện Trạm Tấu",
                style="em",
            ),
            P(
                "Các đơn vị đã đánh giá kết quả tăng cường tiếng Việt cho trẻ mầm non người dân tộc "
                "thiểu số và công tác nuôi dưỡng học sinh bán trú."
            ),
            P(
                "Kết luận giao ban, lãnh đạo Sở yêu cầu các trường bảo đảm an toàn thực phẩm và duy "
                "trì sĩ số học sinh trong mùa đông."
            ),
            Raw('<p style="text-align:right"><strong>Tin: Minh Thu - Ảnh: Trọng Khôi</strong></p>'),
        ],
        opts={"date": "06/11/2026 04:30 CH"},
    ),
    Story(
        id=274155,
        slug="thong-bao-lich-tiep-cong-dan-thang-11-2026-cua-giam-doc-so",
        title="Thông báo lịch tiếp công dân tháng 11/2026 của Giám đốc Sở",
        cat="Thông báo",
        published_at="2026-11-02T07:45:00+07:00",
        blocks=[
            P(
                "Sở Giáo dục và Đào tạo thông báo lịch tiếp công dân định kỳ của Giám đốc Sở trong "
                "tháng 11/2026 như sau:"
            ),
            P("Thời gian: ngày 16/11/2026 (Thứ Hai), từ 7 giờ 30 đến 11 giờ 30."),
            P("Địa điểm: Phòng tiếp công dân, Sở Giáo dục và Đào tạo."),
            P(
                "Công dân có nhu cầu phản ánh, kiến nghị đăng ký trước với Văn phòng Sở qua số điện "
                "thoại 0216.3852.147."
            ),
            Raw('<p style="text-align:right"><strong>BBT</strong></p>'),
        ],
        opts={"date": "02/11/2026 07:45 SA"},
    ),
    Story(
        id=274139,
        slug="truong-thcs-le-hong-phong-to-chuc-hoi-thi-giao-vien-day-gioi-cap-truong",
        title="Trường THCS Lê Hồng Phong tổ chức Hội thi giáo viên dạy giỏi cấp trường",
        cat="Hoạt động các đơn vị trường học",
        published_at="2026-10-28T09:40:00+07:00",
        authors=["Trần Ngọc Bích"],
        summary=(
            "Từ ngày 19 đến 27/10, Trường THCS Lê Hồng Phong, thành phố Yên Bái tổ chức Hội thi "
            "giáo viên dạy giỏi cấp trường năm học 2026 - 2027."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội thi có 24 giáo viên tham gia với phần thi năng lực và phần thực hành giảng dạy "
                "2 tiết trên lớp."
            ),
            Img(
                _doc_img("LHP-hoithi.jpg", "3a7c9e05-8f2b-4d16-a4e8-c0b5d2f61e97", "1761619200000"),
                printed="Một tiết dạy thi môn Khoa học tự nhiên",
                caption="Một tiết dạy thi môn Khoa học tự nhiên",
                style="table",
            ),
            P("Kết quả, 18 giáo viên được công nhận giáo viên dạy giỏi cấp trường."),
        ],
        opts={"date": "28/10/2026 09:40 SA", "meta_author": "Trần Ngọc Bích"},
    ),
    Story(
        id=274120,
        slug="yen-bai-co-96-8-tre-6-tuoi-vao-lop-1-dung-do-tuoi",
        title="Yên Bái có 96,8% trẻ 6 tuổi vào lớp 1 đúng độ tuổi",
        cat="Tin hoạt động của Sở",
        published_at="2026-10-15T15:05:00+07:00",
        authors=["Nguyễn Thu Hằng"],
        blocks=[
            P(
                "Theo số liệu tổng hợp đầu năm học 2026 - 2027, toàn tỉnh có 96,8% trẻ 6 tuổi vào "
                "lớp 1, tăng 0,6% so với năm học trước."
            ),
            P(
                "Tỷ lệ học sinh hoàn thành chương trình tiểu học vào lớp 6 đạt 99,7%; các huyện vùng "
                "cao đều duy trì vững chắc kết quả phổ cập giáo dục tiểu học mức độ 3."
            ),
            P(
                "Sở Giáo dục và Đào tạo đề nghị các địa phương tiếp tục vận động học sinh ra lớp, nhất "
                "là tại các bản đặc biệt khó khăn."
            ),
        ],
        opts={"date": "15/10/2026 03:05 CH", "meta_author": "Nguyễn Thu Hằng", "poster": "admin"},
    ),
]

BY_ID = {s.id: s for s in STORIES}
CAT_ID = {name: cid for cid, name in CATS.items()}


def _cat_stories(cid: int) -> list[Story]:
    """Newest first (STORIES is already newest first)."""
    return [s for s in STORIES if CAT_ID[s.cat] == cid]


def _cut(title: str, n: int = 60) -> str:
    """The JSP's fn:substring cut of list titles."""
    return title if len(title) <= n else title[:n].rstrip() + "…"


def _thumb(story: Story) -> str:
    return f"/image/journal/article?img_id={story.id % 10000}&amp;t=17640{story.id % 1000:03d}0000"


def _list_date(story: Story) -> str:
    y, m, d = story.published_at[:10].split("-") if story.published_at else ("", "", "")
    return f"{d}/{m}/{y}"


# --- documents and pages -------------------------------------------------------------------------

DOCUMENTS = {
    5521: {
        "so": "2390/SGDĐT-GDTrH",
        "trich_yeu": "V/v hướng dẫn thực hiện nhiệm vụ giáo dục trung học năm học 2026 - 2027",
        "ngay": "25/11/2026",
        "loai": "Công văn",
        "cq": "Sở Giáo dục và Đào tạo",
        "nguoi_ky": "Đỗ Đức Minh",
        "file": "CV-2390-SGDDT.pdf",
    },
    5518: {
        "so": "1875/QĐ-UBND",
        "trich_yeu": "Quyết định ban hành kế hoạch thời gian năm học 2026 - 2027 tỉnh Yên Bái",
        "ngay": "12/08/2026",
        "loai": "Quyết định",
        "cq": "UBND tỉnh Yên Bái",
        "nguoi_ky": "Vũ Thị Hiền Hạnh",
        "file": "QD-1875-UBND.pdf",
    },
}

PAGES = {
    "gioi-thieu": (
        "Giới thiệu chung",
        [
            "Sở Giáo dục và Đào tạo tỉnh Yên Bái là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, "
            "tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về giáo dục và đào tạo.",
            "Toàn tỉnh hiện có 512 cơ sở giáo dục với hơn 230.000 học sinh, sinh viên.",
        ],
    ),
    "co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        [
            "Lãnh đạo Sở: Giám đốc và 03 Phó Giám đốc.",
            "Các phòng chuyên môn: Văn phòng; Thanh tra; Phòng Tổ chức cán bộ; Phòng Kế hoạch - Tài "
            "chính; Phòng Giáo dục Mầm non - Giáo dục Tiểu học; Phòng Giáo dục Trung học; Phòng Quản "
            "lý chất lượng - Giáo dục thường xuyên.",
        ],
    ),
    "lien-he": (
        "Liên hệ",
        [
            "Sở Giáo dục và Đào tạo tỉnh Yên Bái",
            "Địa chỉ: Đường Nguyễn Tất Thành, phường Đồng Tâm, thành phố Yên Bái, tỉnh Yên Bái.",
            "Điện thoại: 0216.3852.147 - Email: sgddt@yenbai.gov.vn",
        ],
    ),
    "thu-vien-anh": ("Thư viện ảnh", []),
}

NON_ARTICLES = [
    f"{ROOT}/gioi-thieu",
    f"{ROOT}/co-cau-to-chuc",
    f"{ROOT}/lien-he",
    f"{ROOT}/thu-vien-anh",
    f"{ROOT}/van-ban/-/view-document/5521",
    f"{ROOT}/van-ban/-/view-document/5518",
]


# --- chrome --------------------------------------------------------------------------------------


def _head(title: str, extra: str = "") -> str:
    return (
        "<!DOCTYPE html>\n<html lang=\"vi\" class=\"ltr\" dir=\"ltr\">\n<head>\n"
        '<meta content="text/html; charset=UTF-8" http-equiv="content-type">\n'
        f"<title>{esc(title)}</title>\n"
        '<link rel="shortcut icon" href="/vportal-theme/images/favicon.ico">\n'
        '<link rel="stylesheet" href="/vportal-theme/css/main.css?browserId=other&amp;themeId=sgddt_WAR_vportaltheme">\n'
        '<script src="/vportal-theme/js/jquery-1.11.3.min.js"></script>\n'
        "<script>var themeDisplay={getPlid:function(){return '20516';},getScopeGroupId:function(){return '20182';}};</script>\n"
        f"{extra}</head>\n"
    )


def _menu() -> str:
    sub = "".join(
        f'<li class="vp-sub-item"><a href="{ROOT}/tin-tuc?categoryId={cid}">{esc(CATS[cid])}</a></li>'
        for cid in CHILDREN_OF_PARENT
    )
    return (
        '<nav id="vp-navigation" class="vp-nav"><ul class="vp-menu-lv1">'
        f'<li><a href="{ROOT}"><img src="/vportal-theme/images/icon-home.png" alt="Trang chủ"></a></li>'
        f'<li class="has-child"><a href="{ROOT}/gioi-thieu">Giới thiệu</a><ul class="vp-menu-lv2">'
        f'<li><a href="{ROOT}/gioi-thieu">Giới thiệu chung</a></li>'
        f'<li><a href="{ROOT}/co-cau-to-chuc">Cơ cấu tổ chức</a></li></ul></li>'
        f'<li class="has-child"><a href="{ROOT}/tin-tuc?categoryId={CAT_PARENT[0]}">'
        f'{esc(CAT_PARENT[1])}</a><ul class="vp-menu-lv2">{sub}</ul></li>'
        f'<li><a href="{ROOT}/tin-tuc?categoryId=104">Thông báo</a></li>'
        f'<li><a href="{ROOT}/tin-tuc?categoryId=105">Chuyên môn - Nghiệp vụ</a></li>'
        f'<li><a href="{ROOT}/van-ban">Văn bản</a></li>'
        f'<li><a href="{ROOT}/thu-vien-anh">Thư viện ảnh</a></li>'
        f'<li><a href="{ROOT}/lien-he">Liên hệ</a></li>'
        "</ul></nav>\n"
    )


def _ticker() -> str:
    items = " ".join(
        f'<a href="{_article_path(s.id)}" class="tk-item">&#9658; {esc(s.title)}</a>' for s in STORIES[:5]
    )
    return (
        '<div class="vp-tinnhanh"><span class="tn-lbl">Tin mới:</span>'
        f'<marquee behavior="scroll" direction="left" scrollamount="3" onmouseover="this.stop()" '
        f'onmouseout="this.start()">{items}</marquee></div>\n'
    )


def _header() -> str:
    return (
        '<body class="vp-body controls-visible signed-out public-page">\n'
        '<div id="vp-wrapper">\n<div class="vp-topbar">'
        f'<span class="vp-ngay">{HEADER_DATE}</span>'
        ' <span class="vp-sep">|</span> <a href="https://yenbai.gov.vn" target="_blank">Cổng TTĐT tỉnh Yên Bái</a>'
        f' <span class="vp-sep">|</span> <a href="{ROOT}/lien-he">Liên hệ</a>'
        f'<form class="vp-search" action="{ROOT}/tim-kiem" method="get">'
        '<input type="text" name="keyword" placeholder="Tìm kiếm..."><button type="submit">Tìm</button></form>'
        "</div>\n"
        '<div class="vp-banner"><a href="' + ROOT + '"><img src="/vportal-theme/images/banner-sgddt-yenbai.png" '
        'alt="SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH YÊN BÁI"></a></div>\n'
        + _menu()
        + _ticker()
    )


def _sidebar() -> str:
    notices = "".join(
        f'<li><a href="{_article_path(s.id, s.slug)}" title="{esc(s.title)}">{esc(_cut(s.title, 50))}</a></li>'
        for s in _cat_stories(104)
    )
    return (
        '<div id="column-2" class="aui-w30 portlet-column">\n'
        '<section class="portlet" id="portlet_vpthongbao_WAR_vportalportlet_INSTANCE_Tb7q">'
        '<header class="portlet-topper"><h2 class="portlet-title">Thông báo</h2></header>'
        f'<div class="portlet-body"><ul class="tb-list">{notices}</ul></div></section>\n'
        '<section class="portlet" id="portlet_vplienket_WAR_vportalportlet_INSTANCE_Lk2w">'
        '<header class="portlet-topper"><h2 class="portlet-title">Liên kết website</h2></header>'
        '<div class="portlet-body"><select onchange="if(this.value)window.open(this.value)">'
        '<option value="">-- Chọn liên kết --</option>'
        '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="https://yenbai.gov.vn">Cổng TTĐT tỉnh Yên Bái</option>'
        '<option value="https://baoyenbai.com.vn">Báo Yên Bái</option></select>'
        '<a href="https://dichvucong.gov.vn" target="_blank"><img src="/vportal-theme/images/banner-dvc.png" '
        'alt="Dịch vụ công"></a></div></section>\n'
        '<section class="portlet" id="portlet_vppoll_WAR_vportalportlet_INSTANCE_Pq9r">'
        '<header class="portlet-topper"><h2 class="portlet-title">Thăm dò ý kiến</h2></header>'
        '<div class="portlet-body"><p>Bạn đánh giá thế nào về giao diện Cổng thông tin mới?</p>'
        '<label><input type="radio" name="poll" value="1"> Đẹp, dễ sử dụng</label><br>'
        '<label><input type="radio" name="poll" value="2"> Bình thường</label><br>'
        '<label><input type="radio" name="poll" value="3"> Khó sử dụng</label><br>'
        '<button type="button" onclick="vpPollVote(\'Pq9r\')">Biểu quyết</button> '
        '<button type="button" onclick="vpPollResult(\'Pq9r\')">Xem kết quả</button></div></section>\n'
        '<section class="portlet" id="portlet_vpthongke_WAR_vportalportlet_INSTANCE_Tk4s">'
        '<header class="portlet-topper"><h2 class="portlet-title">Thống kê truy cập</h2></header>'
        '<div class="portlet-body"><table class="tk-truycap"><tr><td>Đang online:</td><td>37</td></tr>'
        "<tr><td>Hôm nay:</td><td>1.284</td></tr><tr><td>Tổng truy cập:</td><td>4.718.305</td></tr>"
        "</table></div></section>\n</div>\n"
    )


def _footer() -> str:
    return (
        '<footer id="vp-footer"><div class="ft-inner">'
        "<p><strong>CỔNG THÔNG TIN ĐIỆN TỬ SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH YÊN BÁI</strong></p>"
        "<p>Cơ quan chủ quản: Sở Giáo dục và Đào tạo tỉnh Yên Bái</p>"
        "<p>Địa chỉ: Đường Nguyễn Tất Thành, phường Đồng Tâm, thành phố Yên Bái</p>"
        "<p>Điện thoại: 0216.3852.147 - Email: sgddt@yenbai.gov.vn</p>"
        "<p>Giấy phép số 28/GP-TTĐT do Sở Thông tin và Truyền thông cấp ngày 12/3/2019</p>"
        "<p>Ghi rõ nguồn &quot;Cổng TTĐT Sở GD&amp;ĐT Yên Bái&quot; khi phát hành lại thông tin từ website này.</p>"
        '<p class="ft-vendor">Phát triển bởi Viettel Solutions - vPortal 6.2</p>'
        "</div></footer>\n</div>\n"
        '<script src="/vportal-theme/js/vportal-main.js"></script>\n</body>\n</html>\n'
    )


def _page(title: str, main: str, head_extra: str = "") -> str:
    return (
        _head(title, head_extra)
        + _header()
        + '<div id="vp-content" class="columns-2"><div id="column-1" class="aui-w70 portlet-column">\n'
        + main
        + "</div>\n"
        + _sidebar()
        + "</div>\n"
        + _footer()
    )


def _portlet(pid: str, topper: str, body: str) -> str:
    return (
        f'<section class="portlet" id="portlet_{pid}">'
        f'<header class="portlet-topper"><h1 class="portlet-title"><span class="portlet-title-text">'
        f"{esc(topper)}</span></h1></header>\n"
        f'<div class="portlet-content"><div class="portlet-body">\n{body}\n</div></div></section>\n'
    )


def _breadcrumb(items: list[tuple[str, str | None]]) -> str:
    parts = [f'<a href="{ROOT}">Trang chủ</a>']
    for label, href in items:
        parts.append(f'<a href="{href}">{esc(label)}</a>' if href else f"<span>{esc(label)}</span>")
    return '<div class="vp-breadcrumb">' + ' <span class="bc-sep">›</span> '.join(parts) + "</div>\n"


def _cat_crumbs(cid: int) -> list[tuple[str, str | None]]:
    crumbs: list[tuple[str, str | None]] = []
    if cid in CHILDREN_OF_PARENT:
        crumbs.append((CAT_PARENT[1], f"{ROOT}/tin-tuc?categoryId={CAT_PARENT[0]}"))
    crumbs.append((CATS[cid], f"{ROOT}/tin-tuc?categoryId={cid}"))
    return crumbs


# --- article text ---------------------------------------------------------------------------------


def _img_html(img: Img) -> str:
    tag = f'<img alt="" src="{img.src}" style="width:600px;height:400px" />'
    if img.style == "table":
        return (
            '<table class="vp-tbl-anh" align="center" border="0" cellpadding="3" cellspacing="0" '
            'style="width:600px"><tbody>'
            f'<tr><td style="text-align:center">{tag}</td></tr>'
            f'<tr><td style="text-align:center"><span style="font-size:12px"><em>{esc(img.printed or "")}'
            "</em></span></td></tr></tbody></table>\n"
        )
    if img.style == "credit":
        return (
            f'<p style="text-align:center">{tag}</p>\n'
            f'<p style="text-align:right"><em>{esc(img.printed or "")}</em></p>\n'
        )
    # "em": the line under the photo, centered and italic
    return (
        f'<p style="text-align:center">{tag}</p>\n'
        f'<p style="text-align:center"><span style="font-size:11pt"><em>{esc(img.printed or "")}</em></span></p>\n'
    )


def _blocks_p(blocks: list) -> str:
    out: list[str] = []
    rows: list[str] = []
    items: list[str] = []

    def flush() -> None:
        if rows:
            trs = []
            for i, row in enumerate(rows):
                cell = "th" if i == 0 else "td"
                cells = "".join(f"<{cell}>{esc(c)}</{cell}>" for c in row.split(" | "))
                trs.append(f"<tr>{cells}</tr>")
            out.append('<table border="1" cellpadding="4" cellspacing="0" class="Table" style="width:100%">'
                       f"<tbody>{''.join(trs)}</tbody></table>\n")
            rows.clear()
        if items:
            out.append("<ul>" + "".join(f"<li>{esc(t)}</li>" for t in items) + "</ul>\n")
            items.clear()

    for b in blocks:
        if isinstance(b, P) and b.style == "tr":
            rows.append(b.text)
            continue
        if isinstance(b, P) and b.style == "li":
            items.append(b.text)
            continue
        flush()
        if isinstance(b, P):
            if b.style == "h":
                out.append(f"<p><strong>{esc(b.text)}</strong></p>\n")
            else:
                out.append(
                    '<p style="text-align:justify"><span style="font-size:14px">'
                    f'<span style="font-family:Arial,Helvetica,sans-serif">{esc(b.text)}</span></span></p>\n'
                )
        elif isinstance(b, Img):
            out.append(_img_html(b))
        else:
            out.append(b.html + "\n")
    flush()
    return "".join(out)


def _blocks_divbr(blocks: list) -> str:
    """Text in one div of nested spans, paragraphs split by <br><br> (trap 8)."""
    out: list[str] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            joined = "<br />\n<br />\n".join(esc(t) for t in run)
            out.append(
                '<div style="text-align:justify"><span style="font-size:14px"><span '
                f'style="font-family:Times New Roman,Times,serif">{joined}</span></span></div>\n'
            )
            run.clear()

    for b in blocks:
        if isinstance(b, P):
            run.append(b.text)
            continue
        flush()
        out.append(_img_html(b) if isinstance(b, Img) else b.html + "\n")
    flush()
    return "".join(out)


def _body_html(story: Story) -> str:
    form = story.opts.get("form", "p")
    if form == "divbr":
        return _blocks_divbr(story.blocks)
    if form == "layout_table":
        inner = [b for b in story.blocks if not isinstance(b, Raw)]
        tail = [b for b in story.blocks if isinstance(b, Raw)]
        return (
            '<table border="0" cellpadding="0" cellspacing="0" width="100%"><tbody><tr><td>\n'
            + "".join(
                f'<p class="MsoNormal" style="text-align:justify"><span style="font-size:13.0pt;'
                f'font-family:&quot;Times New Roman&quot;,serif">{esc(b.text)}<o:p></o:p></span></p>\n'
                for b in inner
                if isinstance(b, P)
            )
            + "</td></tr></tbody></table>\n"
            + _blocks_p(tail)
        )
    return _blocks_p(story.blocks)


def _meta_bar(story: Story) -> str:
    o = story.opts
    parts: list[str] = []
    if o.get("updated"):
        parts.append(f'<span class="ndct-cn">Cập nhật: {o["updated"]}</span>')
        parts.append(f'<span class="ndct-ngay">Ngày đăng: {o["date"]}</span>')
    else:
        parts.append(f'<span class="ndct-ngay"><i class="fa fa-clock-o"></i> {o["date"]}</span>')
    if o.get("meta_author"):
        parts.append(f'<span class="ndct-tg">Tác giả: {esc(o["meta_author"])}</span>')
    if o.get("poster"):
        parts.append(f'<span class="ndct-nguoidang">Người đăng: {esc(o["poster"])}</span>')
    if o.get("meta_source"):
        parts.append(f'<span class="ndct-nguon">Nguồn: {esc(o["meta_source"])}</span>')
    parts.append(f'<span class="ndct-lx">Lượt xem: {story.views()}</span>')
    return '<div class="ndct-tt">' + ' <span class="sep">|</span> '.join(parts) + "</div>\n"


def _article_core(story: Story) -> str:
    sapo = (
        f'<div class="ndct-tomtat"><strong>{esc(story.summary)}</strong></div>\n'
        if story.summary and story.sapo_outside
        else ""
    )
    return (
        '<div class="ndct">\n'
        f'<h2 class="ndct-td">{esc(story.title)}</h2>\n'
        + _meta_bar(story)
        + sapo
        + f'<div class="ndct-nd" id="vp_noidung_{story.id}">\n{_body_html(story)}</div>\n'
    )


def _article_page(request: Request, story: Story) -> str:
    cid = CAT_ID[story.cat]
    canon = base_url(request) + _article_path(story.id, story.slug)
    popup = _article_path(story.id, story.slug) + "?p_p_state=pop_up"
    same = _cat_stories(cid)
    idx = same.index(story)
    others = same[idx + 1 : idx + 4]
    others_html = "".join(
        f'<li><a href="{_article_path(s.id, s.slug)}">{esc(_cut(s.title))}</a> '
        f'<span class="date">({_list_date(s)})</span></li>'
        for s in others
    )
    tools = (
        '<div class="ndct-cc">'
        f'<a href="javascript:void(0);" onclick="window.open(\'{popup}\',\'print\',\'width=800,height=600\')">'
        '<img src="/vportal-theme/images/icon-print.png" alt=""> In bài</a> '
        f'<a href="mailto:?subject={quote(story.title)}"><img src="/vportal-theme/images/icon-mail.png" alt=""> '
        "Gửi email</a> "
        '<a href="javascript:history.back();"><img src="/vportal-theme/images/icon-back.png" alt=""> Quay lại</a> '
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={quote(canon, safe="")}" target="_blank">'
        '<img src="/vportal-theme/images/share-fb.png" alt="Facebook"></a>'
        "</div>\n"
    )
    comment = (
        '<div class="ndct-yk"><div class="yk-tit">Ý kiến bạn đọc</div>'
        f'<form method="post" action="{_article_path(story.id, story.slug)}?p_p_lifecycle=1&amp;_vpcomment=add">'
        '<input type="text" name="hoTen" placeholder="Họ tên"> <input type="text" name="email" placeholder="Email">'
        '<textarea name="noiDung"></textarea><button type="submit">Gửi ý kiến</button></form></div>\n'
    )
    body = (
        _breadcrumb(_cat_crumbs(cid))
        + _article_core(story)
        + tools
        + (
            '<div class="ndct-lq"><div class="lq-tit">Các tin khác</div>'
            f'<ul class="lq-list">{others_html}</ul></div>\n'
            if others
            else ""
        )
        + comment
        + "</div>\n"
    )
    meta = (
        f'<link rel="canonical" href="{canon}">\n'
        f'<meta name="description" content="{esc(story.summary or _cut(story.title, 120))}">\n'
    )
    return _page(
        "Chi tiết tin - Sở GD&ĐT Yên Bái",
        _portlet("vpnewsdetail_WAR_vportalportlet_INSTANCE_k2Lm", story.cat, body),
        meta,
    )


def _popup_page(story: Story) -> str:
    return (
        _head("In bài viết")
        + '<body class="portal-popup" onload="window.print()">\n'
        + '<div class="in-logo"><img src="/vportal-theme/images/logo-print.png" alt="Sở GD&amp;ĐT Yên Bái"></div>\n'
        + _article_core(story)
        + "</div>\n</body>\n</html>\n"
    )


# --- listings and home ---------------------------------------------------------------------------


def _list_item(s: Story) -> str:
    href = _article_path(s.id, s.slug)
    return (
        '<div class="ds-tin-item">'
        f'<a href="{href}"><img class="ds-anh" src="{_thumb(s)}" alt=""></a>'
        f'<a class="ds-td" href="{href}">{esc(_cut(s.title))}</a> '
        f'<span class="ds-ngay">({_list_date(s)})</span>'
        + (f'<p class="ds-tt">{esc(s.summary)}</p>' if s.summary else "")
        + "</div>\n"
    )


def _pager(cid: int, page: int, pages: int) -> str:
    if pages <= 1:
        return ""

    def link(n: int, label: str) -> str:
        return f'<a href="{ROOT}/tin-tuc?categoryId={cid}&amp;page={n}">{label}</a>'

    parts = []
    if page > 1:
        parts += [link(1, "« Đầu"), link(page - 1, "‹ Trước")]
    for n in range(1, pages + 1):
        parts.append(f'<span class="current">{n}</span>' if n == page else link(n, str(n)))
    if page < pages:
        parts += [link(page + 1, "Sau ›"), link(pages, "Cuối »")]
    return '<div class="vp-phantrang">' + " ".join(parts) + "</div>\n"


def _listing(cid: int, page: int) -> str | None:
    if cid == CAT_PARENT[0]:
        boxes = []
        for child in CHILDREN_OF_PARENT:
            items = "".join(_list_item(s) for s in _cat_stories(child)[:2])
            boxes.append(
                f'<div class="cm-box"><h3><a href="{ROOT}/tin-tuc?categoryId={child}">{esc(CATS[child])}</a></h3>'
                f'{items}<a class="xt" href="{ROOT}/tin-tuc?categoryId={child}">Xem tất cả »</a></div>\n'
            )
        body = _breadcrumb([(CAT_PARENT[1], None)]) + "".join(boxes)
        return _page(CAT_PARENT[1], _portlet("vpnewslist_WAR_vportalportlet_INSTANCE_Ds1a", CAT_PARENT[1], body))
    if cid not in CATS:
        return None
    stories = _cat_stories(cid)
    pages = max(1, -(-len(stories) // PAGE_SIZE))
    if not 1 <= page <= pages:
        return None
    chunk = stories[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
    crumbs = _cat_crumbs(cid)
    crumbs[-1] = (crumbs[-1][0], None)
    body = _breadcrumb(crumbs) + "".join(_list_item(s) for s in chunk) + _pager(cid, page, pages)
    return _page(
        f"{CATS[cid]} - Sở GD&ĐT Yên Bái",
        _portlet("vpnewslist_WAR_vportalportlet_INSTANCE_Ds1a", CATS[cid], body),
    )


def _home() -> str:
    top = STORIES[0]
    old = BY_ID[274250]
    feature = (
        '<div class="tnb-lon">'
        f'<a href="{_article_path(top.id, top.slug)}"><img src="{top.images[0].src}" alt=""></a>'
        f'<h2><a href="{_article_path(top.id, top.slug)}">{esc(top.title)}</a></h2>'
        f"<p>{esc(top.summary or '')}</p></div>\n"
        '<ul class="tnb-nho">'
        f'<li><a href="{_article_path(old.id, old.opts["old_slug"])}">{esc(old.opts["old_title"])}</a></li>'
        f'<li><a href="{_article_path(274219, BY_ID[274219].slug)}">{esc(_cut(BY_ID[274219].title))}</a></li>'
        "</ul>\n"
    )
    boxes = []
    for cid in (102, 103, 105):
        items = "".join(_list_item(s) for s in _cat_stories(cid)[:2])
        boxes.append(
            f'<section class="portlet" id="portlet_vpnewscategory_WAR_vportalportlet_INSTANCE_C{cid}x">'
            f'<header class="portlet-topper"><h2 class="portlet-title">'
            f'<a href="{ROOT}/tin-tuc?categoryId={cid}">{esc(CATS[cid])}</a></h2></header>'
            f'<div class="portlet-body">{items}<a class="xt" href="{ROOT}/tin-tuc?categoryId={cid}">Xem thêm »</a>'
            "</div></section>\n"
        )
    frames = (
        '<section class="portlet" id="portlet_vpiframe_WAR_vportalportlet_INSTANCE_If1n">'
        '<header class="portlet-topper"><h2 class="portlet-title">Tin mới cập nhật</h2></header>'
        f'<div class="portlet-body"><iframe src="{ROOT}/widget/tin-moi" width="100%" height="260" '
        'frameborder="0" scrolling="no"></iframe></div></section>\n'
        '<section class="portlet" id="portlet_vpiframe_WAR_vportalportlet_INSTANCE_If2v">'
        '<header class="portlet-topper"><h2 class="portlet-title">Video</h2></header>'
        '<div class="portlet-body"><iframe src="https://www.youtube.com/embed/kT3xYb1sEdu" width="100%" '
        'height="220" frameborder="0" allowfullscreen></iframe></div></section>\n'
        '<section class="portlet" id="portlet_vpiframe_WAR_vportalportlet_INSTANCE_If3m">'
        '<header class="portlet-topper"><h2 class="portlet-title">Bản đồ</h2></header>'
        '<div class="portlet-body"><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3700" '
        'width="100%" height="200" frameborder="0"></iframe></div></section>\n'
    )
    main = (
        '<section class="portlet" id="portlet_vptinnoibat_WAR_vportalportlet_INSTANCE_Nb5c">'
        '<header class="portlet-topper"><h2 class="portlet-title">Tin nổi bật</h2></header>'
        f'<div class="portlet-body">{feature}</div></section>\n' + "".join(boxes) + frames
    )
    return _page("Trang chủ - Sở Giáo dục và Đào tạo tỉnh Yên Bái", main)


def _widget_tin_moi() -> str:
    items = "".join(
        f'<li><a href="{_article_path(s.id, s.slug)}" target="_parent">{esc(_cut(s.title, 55))}</a>'
        f" <em>({_list_date(s)})</em></li>"
        for s in STORIES[:6]
    )
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Tin mới</title>'
        '<link rel="stylesheet" href="/vportal-theme/css/iframe.css"></head>'
        f'<body class="iframe-body"><ul class="tm-list">{items}</ul></body></html>'
    )


def _static_page(alias: str) -> str:
    title, paras = PAGES[alias]
    if alias == "thu-vien-anh":
        albums = "".join(
            f'<div class="album"><img src="/documents/20182/0/album-{i}.jpg/a1b2c3d4-000{i}?t=176400000000{i}" '
            f'alt=""><p>{esc(name)}</p></div>'
            for i, name in enumerate(
                ["Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026", "Khai giảng năm học 2026 - 2027"], 1
            )
        )
        body = _breadcrumb([(title, None)]) + f'<div class="tva">{albums}</div>'
    else:
        body = _breadcrumb([(title, None)]) + "".join(f"<p>{esc(p)}</p>" for p in paras)
    return _page(f"{title} - Sở GD&ĐT Yên Bái", _portlet("vpstatic_WAR_vportalportlet_INSTANCE_St0p", title, body))


def _doc_list() -> str:
    rows = "".join(
        f'<tr><td>{esc(d["so"])}</td><td>{d["ngay"]}</td>'
        f'<td><a href="{ROOT}/van-ban/-/view-document/{did}">{esc(d["trich_yeu"])}</a></td></tr>'
        for did, d in DOCUMENTS.items()
    )
    body = (
        _breadcrumb([("Văn bản", None)])
        + '<table class="vb-list" border="1"><tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr>'
        + rows
        + "</table>"
    )
    return _page("Văn bản - Sở GD&ĐT Yên Bái", _portlet("vpdocument_WAR_vportalportlet_INSTANCE_Vb3d", "Văn bản", body))


def _doc_page(did: int) -> str:
    d = DOCUMENTS[did]
    body = (
        _breadcrumb([("Văn bản", f"{ROOT}/van-ban"), (d["so"], None)])
        + '<table class="vb-ct" border="1">'
        f'<tr><td>Số/Ký hiệu</td><td>{esc(d["so"])}</td></tr>'
        f'<tr><td>Ngày ban hành</td><td>{d["ngay"]}</td></tr>'
        f'<tr><td>Loại văn bản</td><td>{esc(d["loai"])}</td></tr>'
        f'<tr><td>Cơ quan ban hành</td><td>{esc(d["cq"])}</td></tr>'
        f'<tr><td>Người ký</td><td>{esc(d["nguoi_ky"])}</td></tr>'
        f'<tr><td>Trích yếu</td><td>{esc(d["trich_yeu"])}</td></tr>'
        f'<tr><td>Tệp đính kèm</td><td><a href="/documents/20182/0/{d["file"]}/'
        f'7bd1e3a0-{did}-4c2a-9a55-4f0e2d3c6b12">{d["file"]}</a></td></tr></table>'
    )
    return _page(f"{d['so']} - Sở GD&ĐT Yên Bái", _portlet("vpdocument_WAR_vportalportlet_INSTANCE_Vb3d", "Văn bản", body))


def _search_page(keyword: str) -> str:
    body = (
        _breadcrumb([("Tìm kiếm", None)])
        + f"<p>Kết quả tìm kiếm cho: <strong>{esc(keyword)}</strong></p><p>Không tìm thấy kết quả nào.</p>"
    )
    return _page("Tìm kiếm - Sở GD&ĐT Yên Bái", _portlet("vpsearch_WAR_vportalportlet_INSTANCE_Sr8e", "Tìm kiếm", body))


# --- the site ------------------------------------------------------------------------------------

_ARTICLE_RE = re.compile(rf"^{ROOT}/tin-tuc/-/view-content/(\d+)(?:/([a-z0-9-]+))?/?$")
_DOC_RE = re.compile(rf"^{ROOT}/van-ban/-/view-document/(\d+)$")
_IMG_PATH = re.compile(r"^/documents/20182/0/[^/]+\.(?:jpg|png)/[0-9a-f-]+$")


def _image() -> Response:
    return static_file("x.jpg")  # type: ignore[return-value]


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        params = request.params
        if path == "/":
            return redirect(ROOT)
        if path in (ROOT, ROOT + "/"):
            return html(_home())
        if path.startswith("/vportal-theme/"):
            return static_file(path)
        if _IMG_PATH.match(path):
            return _image()
        if path.startswith("/documents/20182/0/") and path.split("/")[4].endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path == "/image/journal/article":
            return _image() if params.get("img_id", "").isdigit() else None
        m = _ARTICLE_RE.match(path)
        if m:
            story = BY_ID.get(int(m.group(1)))
            if story is None:
                return None
            slug = m.group(2)
            if slug not in (None, story.slug, story.opts.get("old_slug")):
                return None
            if params.get("p_p_state") == "pop_up":
                return html(_popup_page(story))
            return html(_article_page(request, story))
        if path == ROOT + "/tin-tuc":
            cid = params.get("categoryId", "")
            page = params.get("page", "1")
            if not (cid.isdigit() and page.isdigit()):
                return None
            text = _listing(int(cid), int(page))
            return html(text) if text else None
        if path == ROOT + "/widget/tin-moi":
            return html(_widget_tin_moi())
        if path == ROOT + "/van-ban":
            return html(_doc_list())
        m = _DOC_RE.match(path)
        if m and int(m.group(1)) in DOCUMENTS:
            return html(_doc_page(int(m.group(1))))
        if path == ROOT + "/tim-kiem":
            return html(_search_page(params.get("keyword", "")))
        alias = path[len(ROOT) + 1 :] if path.startswith(ROOT + "/") else ""
        if alias in PAGES:
            return html(_static_page(alias))
        return None


def build_site() -> Site:
    return Site()


# --- gold ----------------------------------------------------------------------------------------


def _alt_paths(story: Story) -> list[str]:
    alts = [_article_path(story.id, story.slug) + "?p_p_state=pop_up"]
    if story in STORIES[:5]:
        alts.insert(0, _article_path(story.id))
    if story.opts.get("old_slug"):
        alts.insert(0, _article_path(story.id, story.opts["old_slug"]))
    return alts


GOLD = [
    gold_record(
        s,
        _article_path(s.id, s.slug),
        s.cat,
        canonical_path=_article_path(s.id, s.slug),
        alt_paths=_alt_paths(s),
    )
    for s in STORIES
]

assert len(GOLD) == 13
assert all(collapse(s.title) == s.title for s in STORIES)
